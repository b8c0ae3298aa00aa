package vn.soi.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.soi.indexer.ingest.DataFolder;

/** The {@code --data DIR} option shared by every command. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "soi-data",
            description = "Thư mục dữ liệu (chỉ mục, bản gốc, CSDL). Mặc định: ${DEFAULT-VALUE}")
    Path data;

    DataFolder folder() {
        return new DataFolder(data);
    }
}
