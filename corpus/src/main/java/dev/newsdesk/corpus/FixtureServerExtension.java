package dev.newsdesk.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link FixtureServer} per test class and hands it to any
 * constructor, lifecycle or test method that declares a {@code FixtureServer} parameter.
 *
 * <pre>{@code
 * @ExtendWith(FixtureServerExtension.class)
 * class MyCrawlerTest {
 *   @Test
 *   void backsOffWhenThrottled(FixtureServer server) {
 *     server.fault("/world/", Fault.tooManyRequests(Duration.ofSeconds(1)).once());
 *     myCrawler.crawl(server.uri("/world/"));
 *     assertEquals(2, server.requests("/world/").size());
 *   }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> The server starts before the class's first test (or when first asked for)
 * and stops after its last; {@code @Nested} classes share their enclosing class's server. Before
 * each test its faults and request log are cleared ({@link FixtureServer#reset()}); pages added
 * with {@link FixtureServer#serve} stay for the whole class.
 *
 * <p>To serve only some fixtures, register it with {@link #serving}.
 *
 * <p>JUnit Jupiter is an optional dependency of {@code newsdesk-corpus}: a host that uses this
 * extension has it already, in its test scope.
 *
 * @since 0.1
 */
public final class FixtureServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FixtureServerExtension.class);
  private static final String KEY = "server";

  private final List<Fixture> fixtures;

  /** Serves every fixture of the corpus; the constructor {@code @ExtendWith} uses. */
  public FixtureServerExtension() {
    this(Corpus.fixtures());
  }

  private FixtureServerExtension(List<Fixture> fixtures) {
    this.fixtures = List.copyOf(fixtures);
  }

  /**
   * An extension whose server serves these fixtures only, for {@code @RegisterExtension}:
   * {@code @RegisterExtension static final FixtureServerExtension SERVER = FixtureServerExtension.serving(Corpus.inLanguage("en"));}
   */
  public static FixtureServerExtension serving(Collection<Fixture> fixtures) {
    Objects.requireNonNull(fixtures, "fixtures");
    return new FixtureServerExtension(List.copyOf(fixtures));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context, fixtures);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server(context, fixtures).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FixtureServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context, fixtures);
  }

  /** The server of the test class {@code context} belongs to, started on first use. */
  private static FixtureServer server(ExtensionContext context, List<Fixture> fixtures) {
    // Looked up from the outermost class's context, so nested classes share one server.
    ExtensionContext owner = context;
    while (owner.getParent().isPresent() && owner.getParent().get().getTestClass().isPresent()) {
      owner = owner.getParent().get();
    }
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> new Running(FixtureServer.start(fixtures)), Running.class)
        .server();
  }

  /**
   * The server as a store value: closed with its class's context. Implements both the current
   * ({@code AutoCloseable}, JUnit 5.13+) and the older ({@code CloseableResource}) contract, so the
   * extension works with the JUnit version the host brings.
   */
  @SuppressWarnings("deprecation")
  private record Running(FixtureServer server) implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
