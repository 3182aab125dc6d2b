package dev.newsdesk.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.fetch.Validators;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchStateTest {
  private static final URI A = URI.create("https://news.example.com/a");
  private static final URI A_FINAL = URI.create("https://news.example.com/a/");
  private static final URI B = URI.create("https://news.example.com/b");
  private static final URI CANONICAL = URI.create("https://news.example.com/story");
  private static final FetchState.Entry ENTRY = new FetchState.Entry(Validators.of("\"e1\"", "Thu, 25 Jan 2024 20:00:00 GMT"), Optional.of(CANONICAL));

  @TempDir Path folder;

  private void remembersForgetsAndReplaces(Supplier<FetchState> open) {
    try (FetchState state = open.get()) {
      assertEquals(Optional.empty(), state.get(A));
      state.put(A, ENTRY);
      state.put(A_FINAL, ENTRY);
      state.put(B, new FetchState.Entry(Validators.of("\"b\"", null), Optional.empty()));
      assertEquals(Optional.of(ENTRY), state.get(A));
      state.commit();
      assertEquals(Optional.of(ENTRY), state.get(A_FINAL));
      FetchState.Entry newer = new FetchState.Entry(Validators.of("\"e2\"", null), Optional.of(CANONICAL));
      state.put(A, newer);
      assertEquals(Optional.of(newer), state.get(A));
      state.forgetCanonical(CANONICAL);
      assertEquals(Optional.empty(), state.get(A));
      assertEquals(Optional.empty(), state.get(A_FINAL));
      assertTrue(state.get(B).isPresent());
      state.remove(B);
      assertEquals(Optional.empty(), state.get(B));
    }
  }

  @Test
  void inMemoryRemembersForgetsAndReplaces() {
    remembersForgetsAndReplaces(FetchState::inMemory);
  }

  @Test
  void inTheIndexFolderRemembersForgetsAndReplaces() {
    remembersForgetsAndReplaces(() -> FetchState.inIndexFolder(folder));
  }

  @Test
  void inTheIndexFolderOutlivesTheDesk() {
    try (FetchState state = FetchState.inIndexFolder(folder)) {
      state.put(A, ENTRY);
    }
    try (FetchState state = FetchState.inIndexFolder(folder)) {
      assertEquals(Optional.of(ENTRY), state.get(A));
    }
  }
}
