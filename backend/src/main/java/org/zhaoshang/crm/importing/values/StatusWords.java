package org.zhaoshang.crm.importing.values;

import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Status words in a stage cell (暂缓, 流失, on hold, dropped …, see {@link Vocabulary#STATUSES}) and the place a lost
 * lead went to: 签约济南高新区, 迁往上海, 落户苏州工业园区, moved to Shanghai, signed elsewhere, 已签他地. A place is
 * one only if it is none of the district's own zones, stages or status words; after the verbs a signed or landed lead
 * also has with us (签约, 落地, 选择) it must also look like a place (济南高新区, 青岛市, 外地).
 */
public final class StatusWords {

    private static final Pattern CHINESE_PLACE = Pattern.compile(
            "(签约|签在|签于|落地|选择了|选择|落户|迁往|迁至|迁到|迁去|搬迁至|搬到|搬往|转投|转往|改投|去了|流失到|流失至|流向)"
            + "[于在到至]?([\\p{IsHan}A-Za-z]{2,20})");
    private static final Pattern ENGLISH_PLACE = Pattern.compile(
            "\\b(?:moved|relocated|went|gone|signed|landed|settled|registered|lost)\\s+(?:to|in|with|at|for)\\s+"
            + "([A-Za-z][A-Za-z .'-]{0,40}[A-Za-z])|\\bchose\\s+([A-Za-z][A-Za-z .'-]{0,40}[A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    /** Verbs a lead signed or landed with us is also written with: the place after them must look like one. */
    private static final List<String> OUR_VERBS = List.of("签约", "签在", "签于", "落地", "选择了", "选择");
    private static final Pattern PLACE_ENDING = Pattern.compile(".*(市|区|县|省|州|国|镇|园|港|城|湾|岛|地|处)$");
    private static final List<String> OURSELVES = List.of("历下", "我区", "本区", "我市", "本市", "我局", "us", "our",
                                                          "here", "the district", "lixia");

    private StatusWords() {
    }

    public static StatusWord read(String text) {
        String cell = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        Matcher named = placeNamed(cell);
        String place = named == null ? null : (named.pattern() == CHINESE_PLACE ? named.group(2)
                : named.group(1) != null ? named.group(1) : named.group(2)).strip();
        String rest = named == null ? cell : cell.substring(0, named.start()) + " " + cell.substring(named.end());
        String restKey = Words.key(rest);
        LeadStatus status = place == null ? null : LeadStatus.LOST;
        Optional<Map.Entry<String, LeadStatus>> word = Vocabulary.STATUSES.find(rest);
        if (word.isPresent()) {
            status = status == null ? word.get().getValue() : status;
            restKey = restKey.replaceFirst(Pattern.quote(word.get().getKey()), "");
        }
        Optional<Map.Entry<String, String>> unnamed = place == null ? Vocabulary.UNNAMED_PLACES.find(cell)
                                                                    : Optional.empty();
        if (unnamed.isPresent()) {
            status = LeadStatus.LOST;
            place = unnamed.get().getValue();
            restKey = restKey.replace(unnamed.get().getKey(), "");
        }
        return new StatusWord(status, place, restKey);
    }

    /** The first verb and place of the cell naming a place other than the district; null if none does. */
    private static Matcher placeNamed(String cell) {
        Matcher chinese = CHINESE_PLACE.matcher(cell);
        while (chinese.find()) {
            if (isAnotherPlace(chinese.group(2), OUR_VERBS.contains(chinese.group(1)))) {
                return chinese;
            }
        }
        Matcher english = ENGLISH_PLACE.matcher(cell);
        while (english.find()) {
            if (isAnotherPlace(english.group(1) != null ? english.group(1) : english.group(2), false)) {
                return english;
            }
        }
        return null;
    }

    private static boolean isAnotherPlace(String candidate, boolean afterOurVerb) {
        String key = Words.key(candidate);
        boolean ours = Vocabulary.ZONES.read(candidate).filter(zone -> zone != TargetZone.OTHER).isPresent()
                       || OURSELVES.stream().map(Words::key).anyMatch(
                               self -> key.equals(self) || self.chars().anyMatch(c -> c >= 0x2E80) && key.contains(self));
        if (key.isEmpty() || ours || Vocabulary.STAGES.read(candidate).isPresent()
            || Vocabulary.STATUSES.read(candidate).isPresent()) {
            return false;
        }
        return !afterOurVerb || PLACE_ENDING.matcher(candidate).matches()
               || Vocabulary.UNNAMED_PLACES.read(candidate).isPresent();
    }
}
