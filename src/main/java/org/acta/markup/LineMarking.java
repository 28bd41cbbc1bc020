package org.acta.markup;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;

/**
 * The flexmark side of {@link LineMarks}: raw HTML is written out with its start tags marked,
 * and every element flexmark itself makes (links and images above all, whose URLs may be
 * refused) gets the line of its Markdown node.
 */
final class LineMarking {

    private LineMarking() {
    }

    /** Renders raw HTML blocks, inline tags and comments as flexmark does, with marked tags. */
    static final class RawHtml implements NodeRenderer, NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return this;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, RawHtml::block),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, RawHtml::block),
                    new NodeRenderingHandler<>(HtmlInline.class, RawHtml::inline),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, RawHtml::inline));
        }

        private static void block(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
            String raw = node instanceof HtmlBlock
                    ? node.getContentChars().normalizeEOL()
                    : node.getChars().normalizeEOL();
            html.line();
            html.rawPre(LineMarks.markTags(raw, LineIndex.lineOf(node)));
            html.line();
        }

        private static void inline(HtmlInlineBase node, NodeRendererContext context, HtmlWriter html) {
            html.rawPre(LineMarks.markTags(node.getChars().normalizeEOL(), LineIndex.lineOf(node)));
        }
    }

    /** Gives each element flexmark renders the line of the node it renders. */
    static final class NodeLines extends IndependentAttributeProviderFactory implements AttributeProvider {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return this;
        }

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            attributes.replaceValue(LineMarks.ATTRIBUTE, String.valueOf(LineIndex.lineOf(node)));
        }
    }
}
