package dev.newsdesk.examples.cli;

import dev.newsdesk.entity.EntityRecognizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "recognise", mixinStandardHelpOptions = true, aliases = "recognize", description = "Recognise the entities in plain-text files as JSON.")
final class RecogniseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json per input instead of printing.")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "UTF-8 text files or folders of .txt files.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<Path> files = Inputs.expand(paths, ".txt");
    if (out == null && files.size() != 1) {
      throw new IllegalArgumentException("without --out, give exactly one text file (got " + files.size() + ")");
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    EntityRecognizer recognizer = EntityRecognizer.standard();
    int failed = 0;
    for (Path file : files) {
      try {
        String text = Files.readString(file); // UTF-8; malformed input is reported, not guessed
        Object json = Json.recognition(recognizer.recognise(text));
        if (out == null) {
          stdout.println(Json.pretty(json));
        } else {
          Json.write(out.resolve(Inputs.baseName(file) + ".json"), json);
        }
      } catch (CharacterCodingException e) {
        failed++;
        stderr.println("newsdesk recognise: " + file + ": not valid UTF-8 text");
      } catch (IOException e) {
        failed++;
        stderr.println("newsdesk recognise: " + file + ": " + e.getMessage());
      }
    }
    stdout.flush();
    return failed == 0 ? 0 : NewsdeskCli.SOME_FAILED;
  }
}
