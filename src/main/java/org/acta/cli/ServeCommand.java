package org.acta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.acta.build.BuildOptions;
import org.acta.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code acta serve}: a preview of the site that follows the edits, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site: build it in memory, serve it, and rebuild it as you save. Open pages "
                + "reload by themselves; errors are shown in the browser over the last good pages. Drafts are "
                + "shown, each page marked as a draft. Writes nothing.",
                "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to serve on; 0 takes any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only; "
                    + "0.0.0.0 shows the preview to the whole network).")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port takes a number from 0 to 65535, not " + port);
        }
        // the preview shows the drafts, each page marked as a draft
        BuildOptions options = content.toBuildOptions(Path.of("site"), spec.commandLine()).withDrafts(true);
        PreviewServer server;
        try {
            server = PreviewServer.start(options, new InetSocketAddress(bind, port), err);
        } catch (BindException e) {
            err.println("acta serve: port " + port + " on " + bind + " is already in use (or not allowed); "
                    + "try another with --port, e.g. --port " + (port == 8080 ? 8081 : port + 1));
            return 2;
        } catch (IOException e) {
            err.println("acta serve: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "acta-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("serving " + options.sourceDisplay() + "/ at " + server.uri()
                + " — pages reload as you save; Ctrl-C stops");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
        return 0;
    }
}
