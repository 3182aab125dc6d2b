package dev.newsdesk.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCodecTest {
  private static final List<String> TEXTS = List.of(
      "The mayor of São Paulo opened the new metro line on Monday after years of delays.",
      "Farmers in the valley said the late rains had ruined most of the wheat harvest.",
      "The central bank held interest rates and said inflation was easing slowly.");

  @Test
  void bandTermsGetABloomFilterAndAPlainLuceneReaderFindsThem(@TempDir Path folder) throws IOException {
    try (Directory directory = FSDirectory.open(folder)) {
      IndexWriterConfig config = new IndexWriterConfig().setCodec(new IndexCodec()).setUseCompoundFile(false);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (String text : TEXTS.subList(0, 2)) {
          Document doc = new Document();
          for (BytesRef band : MinHash.bands(MinHash.signature(text))) {
            doc.add(new StringField(Schema.MINHASH_BAND, band, Field.Store.NO));
          }
          writer.addDocument(doc);
        }
      }
      try (var files = Files.list(folder)) {
        assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".blm")).count());
      }
      // The codec keeps the default's name: an ordinary reader opens the index.
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        TermsEnum bands = reader.leaves().get(0).reader().terms(Schema.MINHASH_BAND).iterator();
        for (String text : TEXTS.subList(0, 2)) {
          for (BytesRef band : MinHash.bands(MinHash.signature(text))) {
            assertTrue(bands.seekExact(band), text);
          }
        }
        for (BytesRef band : MinHash.bands(MinHash.signature(TEXTS.get(2)))) {
          assertFalse(bands.seekExact(band));
        }
      }
    }
  }
}
