package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingDetectorTest {

    private static final String[] OWN_TEXT = {
        "Đồng chí Lê Văn Hùng, bí thư chi bộ, đã nghiêm túc tự phê bình và tiếp thu ý kiến của các đảng viên.",
        "ĐẢNG BỘ XÃ TÂN HƯNG",
        "Ưu điểm: luôn giữ vững lập trường chính trị; khuyết điểm: đôi lúc chưa quyết liệt trong chỉ đạo.",
        "Hội nghị thống nhất đề nghị xếp loại hoàn thành tốt nhiệm vụ.",
        "Việt Nam"
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void recognises_text_written_in_tcvn3(int index) {
        String legacy = LegacyFontConverter.fromUnicode(OWN_TEXT[index].toLowerCase(java.util.Locale.ROOT),
                LegacyEncoding.TCVN3);
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.detect(legacy), legacy);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void recognises_text_written_in_vni(int index) {
        String legacy = LegacyFontConverter.fromUnicode(OWN_TEXT[index], LegacyEncoding.VNI);
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncodingDetector.detect(legacy), legacy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"§¶ng ñy x· Hßa B×nh", "ViÖt Nam", "§¶ng", "B¸o c¸o kiÓm ®iÓm c¸ nh©n n¨m 2024"})
    void recognises_hand_typed_tcvn3_mojibake(String text) {
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ñaûng uûy xaõ", "Vieät Nam", "Ñaûng", "Baùo caùo kieåm ñieåm caù nhaân naêm 2024"})
    void recognises_hand_typed_vni_mojibake(String text) {
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncodingDetector.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Unicode Vietnamese, including sentences whose accented letters are all in Latin-1.
        "Đồng chí Lê Văn Hùng đã nghiêm túc tự phê bình.",
        "Cô và các bạn có ở đó không?",
        "Tôi là đảng viên.",
        "Ông Hà",
        // French, German, Spanish, English.
        "Hélène Côté a présenté le rapport à Noël, où l'été était très chaud.",
        "Le maître a déjà noté: café, crème brûlée, façade, naïve, garçon, tôt, hôtel.",
        "Jürgen Müller aus München fährt schön über die Brücke.",
        "El señor Muñoz llegó mañana; sí, qué más.",
        "The committee met on Monday (§ 3, ¶ 2) and paid 50 € — ± 5 %.",
        "Zoë, Chloé, Théo, Léa et René à Besançon.",
        "See ¶ 4 and © 2024 Microsoft® Word, 25°C, £100, ½ cup.",
        "",
        "   ",
        "x"
    })
    void leaves_unicode_and_ordinary_latin1_text_alone(String text) {
        assertEquals(Optional.empty(), LegacyEncodingDetector.detect(text));
    }
}
