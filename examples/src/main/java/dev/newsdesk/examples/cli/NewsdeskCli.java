package dev.newsdesk.examples.cli;

import java.io.OutputStreamWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsdesk} command-line tool: extract articles, recognise entities, build and search
 * an index, run the demo. Output formats are contracts other tools parse (see DESIGN.md).
 */
@Command(
    name = "newsdesk",
    mixinStandardHelpOptions = true,
    version = "newsdesk 0.1.0",
    description = "Extract, recognise, index and search news articles.",
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      RecogniseCommand.class,
      IndexCommand.class,
      FetchCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      EntitiesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsdeskCli {

  // Lucene suggests enabling the incubating Vector API on every start; a tool's user cannot act on
  // it. Held in a field: loggers are weakly referenced, and would forget the level.
  private static final Logger VECTORIZATION_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** Exit status when some inputs failed and the rest were processed. */
  static final int SOME_FAILED = 1;
  /** Exit status for a usage error: bad options, a query syntax error. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Runs the tool with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new NewsdeskCli()).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("newsdesk: " + e.getMessage());
      if (System.getenv("NEWSDESK_TRACE") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return e instanceof dev.newsdesk.search.QuerySyntaxException || e instanceof IllegalArgumentException
          ? USAGE : SOME_FAILED;
    });
    return cli.execute(args);
  }
}
