package org.acta.links;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.acta.model.Content;
import org.acta.model.Document;
import org.acta.model.Event;
import org.acta.model.Markdown;
import org.acta.model.Page;
import org.acta.model.Person;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;
import org.acta.pages.Addresses;
import org.acta.pages.PageKind;

/** Finds the links in every Markdown text of the content, with the editor's line of each. */
final class MarkdownLinks {
    private final Parser parser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), FootnoteExtension.create(), AutolinkExtension.create()))).build();

    List<WrittenLink> of(Content content) {
        Addresses addresses = new Addresses(content.site());
        List<WrittenLink> links = new ArrayList<>();
        for (Event e : content.events()) {
            String page = addresses.path(PageKind.EVENT, e.id());
            add(e.body(), page, links);
            e.conclusions().forEach(c -> add(c, page, links));
        }
        for (Speech s : content.speeches()) {
            add(s.body(), addresses.path(PageKind.SPEECH, s.event(), s.id()), links);
        }
        for (Task t : content.tasks()) {
            String page = addresses.path(PageKind.TASK, t.id());
            add(t.body(), page, links);
            for (TaskUpdate u : t.updates()) {
                u.evidence().filter(x -> x.startsWith("/") || x.contains("://"))
                        .ifPresent(x -> links.add(new WrittenLink(u.origin().path(), u.origin().line(), x, page)));
            }
        }
        for (Document d : content.documents()) {
            add(d.body(), addresses.path(PageKind.DOCUMENT, d.id()), links);
        }
        for (Page p : content.pages()) {
            add(p.body(), addresses.path(PageKind.PAGE, p.id()), links);
        }
        for (Person p : content.people()) {
            p.bio().ifPresent(bio -> add(bio, addresses.path(PageKind.PERSON, p.id()), links));
        }
        return links;
    }

    private void add(Markdown markdown, String page, List<WrittenLink> into) {
        if (markdown.isBlank()) {
            return;
        }
        visit(parser.parse(markdown.text()), markdown, page, into);
    }

    private void visit(Node node, Markdown markdown, String page, List<WrittenLink> into) {
        String url = null;
        if (node instanceof Link link) {
            url = link.getUrl().toString();
        } else if (node instanceof Image image) {
            url = image.getUrl().toString();
        } else if (node instanceof AutoLink auto) {
            url = auto.getUrl().toString();
        } else if (node instanceof Reference reference) {
            url = reference.getUrl().toString();
        }
        if (url != null && !url.isBlank()) {
            into.add(new WrittenLink(markdown.origin().path(), markdown.origin().line() + node.getStartLineNumber(),
                    url.strip(), page));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, markdown, page, into);
        }
    }
}
