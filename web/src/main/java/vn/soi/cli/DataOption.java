package vn.soi.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.indexer.nlp.segment.ModelLocation;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/** The options every command that touches the data folder shares: {@code --data DIR} and the segmentation model. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "soi-data",
            description = "Thư mục dữ liệu (chỉ mục, bản gốc, CSDL). Mặc định: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = ModelLocation.OPTION, paramLabel = "DIR",
            description = "Thư mục models của VnCoreNLP để tách từ (mặc định: biến môi trường "
                    + ModelLocation.ENVIRONMENT_VARIABLE + "; không có thì làm việc theo âm tiết).")
    String models;

    DataFolder folder() {
        return new DataFolder(data);
    }

    /** Where the segmentation model is, from the option or the environment. */
    ModelLocation modelLocation() {
        return ModelLocation.resolve(models);
    }

    /** The word segmenter, when a model is configured. */
    Optional<WordSegmenter> words() throws IOException {
        return modelLocation().segmenter();
    }

    /** Opens the data folder's index with the configured analysis. */
    DocumentIndex openIndex() throws IOException {
        return DocumentIndex.open(folder().create().index(), words());
    }
}
