package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Word-segmentation F1 on the UD Vietnamese VTB development split, when the shared data is present. */
class SegmentationEvaluatorIT {

    @Test
    void reaches_97_percent_f1_on_the_vtb_dev_split() throws IOException {
        String shared = System.getProperty("soi.shared");
        assumeTrue(shared != null, "system property soi.shared not set: skipping the VTB F1 test");
        Path models = Path.of(shared, "vncorenlp", "models");
        Path dev = Path.of(shared, "ud-vietnamese-vtb", "vi_vtb-ud-dev.conllu");
        assumeTrue(Files.isDirectory(models), "VnCoreNLP model not found at " + models + ": skipping");
        assumeTrue(Files.isRegularFile(dev), "UD VTB dev split not found at " + dev + ": skipping");

        SegmentationReport report = new SegmentationEvaluator(WordSegmenter.load(models)).evaluate(dev);
        System.out.println(report.toTable());
        System.out.println(report.toJson());

        assertEquals(1123, report.sentences());
        assertEquals(26162, report.goldWords());
        assertTrue(report.f1() >= 0.97, "F1 " + report.f1() + " below 0.97");
    }
}
