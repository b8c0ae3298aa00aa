package vn.soi.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void parses_the_command_line_lists() {
        assertEquals(EnumSet.of(OutputFormat.TXT, OutputFormat.SCAN, OutputFormat.TCVN3),
                OutputFormat.parseList("txt, scan,TCVN3"));
        assertEquals(List.of(2022, 2023, 2024), GeneratorOptions.parseYears("2022-2024"));
        assertEquals(List.of(2023, 2025), GeneratorOptions.defaults(null).withYears(GeneratorOptions.parseYears("2025,2023,2025")).years());
    }

    @Test
    void rejects_unknown_formats_and_bad_years_naming_the_value() {
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> OutputFormat.parseList("txt,odt"));
        assertTrue(f.getMessage().contains("'odt'"), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parseList("csv"));
        IllegalArgumentException y = assertThrows(IllegalArgumentException.class,
                () -> GeneratorOptions.parseYears("2023,20x4"));
        assertTrue(y.getMessage().contains("20x4"), y.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> GeneratorOptions.defaults(null).withYears(List.of(2017)));
        assertTrue(r.getMessage().contains("2017"), r.getMessage());
    }

    @Test
    void rejects_out_of_range_settings_and_fills_missing_rates() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults(null).withUnits(0));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults(null).withMembers(3, 10));
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> GeneratorOptions.defaults(null).withRates(Map.of(FormalismSignal.BOILERPLATE, 1.5)));
        assertTrue(rate.getMessage().contains("BOILERPLATE"), rate.getMessage());
        GeneratorOptions o = GeneratorOptions.defaults(null).withRates(Map.of(FormalismSignal.BOILERPLATE, 0.5));
        assertEquals(0.5, o.rate(FormalismSignal.BOILERPLATE));
        assertEquals(FormalismSignal.PRAISE_HEAVY.defaultRate(), o.rate(FormalismSignal.PRAISE_HEAVY));
    }

    @Test
    void stream_is_lazy_and_yields_registers_after_their_district() {
        GeneratorOptions o = GeneratorOptions.defaults(null).withUnits(100_000).withFormats(
                EnumSet.of(OutputFormat.TXT));
        List<GeneratedDocument> first = new CorpusGenerator().stream(o).limit(50).toList();
        assertEquals(50, first.size());
        assertTrue(first.stream().noneMatch(GeneratedDocument::isRegister));
    }
}
