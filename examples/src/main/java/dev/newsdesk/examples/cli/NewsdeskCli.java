package dev.newsdesk.examples.cli;

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
      SearchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsdeskCli {

  /** Exit status when some inputs failed and the rest were processed. */
  static final int SOME_FAILED = 1;
  /** Exit status for a usage error: bad options, a query syntax error. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool with {@code args} and returns the exit status (for tests and embedding). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new NewsdeskCli());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("newsdesk: " + e.getMessage());
      return e instanceof dev.newsdesk.search.QuerySyntaxException || e instanceof IllegalArgumentException
          ? USAGE : SOME_FAILED;
    });
    return cli.execute(args);
  }
}
