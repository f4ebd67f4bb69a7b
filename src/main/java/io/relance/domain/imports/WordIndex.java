package io.relance.domain.imports;

import io.relance.domain.contact.Choice;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of one closed choice (each code with the phrases that name it), and the way a cell is
 * read against them: the whole cell first, then phrase by phrase (longest first, so that "agence de
 * presse" is not read as "presse"), each word also in the singular and the masculine, then as an
 * abbreviation of one known word ("quot." → "quotidien"), then one or two letters off. When the
 * words of a cell point at two different codes the cell is ambiguous, hence unknown.
 */
final class WordIndex {

    /** Longest phrase looked for inside a cell, in words. */
    private static final int LONGEST = 5;
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    /** Phrase (words joined without space) → codes it names. */
    private final Map<String, Set<String>> phrases = new HashMap<>();
    /** The one-word phrases, the only ones an abbreviation may stand for. */
    private final Map<String, Set<String>> words = new HashMap<>();

    void add(String code, String phrase) {
        List<String> w = words(phrase);
        if (w.isEmpty()) {
            return;
        }
        String key = String.join("", w);
        phrases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        if (w.size() == 1) {
            words.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
    }

    ValueMatch match(String raw) {
        Set<String> exact = phrases.get(Choice.fold(raw));
        if (exact != null && exact.size() == 1) {
            return new ValueMatch(exact.iterator().next(), ValueMatch.How.EXACT);
        }
        List<String> w = words(withoutBrackets(raw));
        if (w.isEmpty()) {
            w = words(raw); // "(vide)" alone: the words inside are all there is
        }
        Set<String> whole = phrases.get(String.join("", w));
        if (whole != null) {
            return whole.size() == 1 ? new ValueMatch(whole.iterator().next(), ValueMatch.How.SYNONYM) : ValueMatch.UNKNOWN;
        }
        Set<String> found = phraseByPhrase(w);
        if (found.size() == 1) {
            return new ValueMatch(found.iterator().next(), ValueMatch.How.SYNONYM);
        }
        if (found.size() > 1) {
            return ValueMatch.UNKNOWN;
        }
        return similar(w);
    }

    private Set<String> phraseByPhrase(List<String> w) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < w.size()) {
            int step = 1;
            Set<String> codes = null;
            for (int n = Math.min(LONGEST, w.size() - i); n > 1 && codes == null; n--) {
                codes = phrases.get(String.join("", w.subList(i, i + n)));
                step = n;
            }
            if (codes == null) {
                step = 1;
                codes = word(w.get(i));
            }
            if (codes != null) {
                found.addAll(codes);
            }
            i += step;
        }
        return found;
    }

    /** One word: as written, in the singular or the masculine, else as the abbreviation of one known word. */
    private Set<String> word(String word) {
        for (String form : forms(word)) {
            Set<String> codes = words.get(form);
            if (codes != null) {
                return codes;
            }
        }
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        words.forEach((known, c) -> {
            if (known.length() > word.length() && known.startsWith(word)) {
                codes.addAll(c);
            }
        });
        return codes.size() == 1 ? codes : null;
    }

    /** "régionales" → régionales, régionale, régional; "journaux" → journal; "quotidiennes" → quotidien. */
    static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        String singular = word;
        if (word.endsWith("aux") && word.length() > 4) {
            singular = word.substring(0, word.length() - 3) + "al";
        } else if ((word.endsWith("s") || word.endsWith("x")) && word.length() > 3) {
            singular = word.substring(0, word.length() - 1);
        }
        forms.add(singular);
        if (singular.endsWith("enne") || singular.endsWith("elle")) {
            forms.add(singular.substring(0, singular.length() - 2));
        } else if (singular.endsWith("e") && singular.length() > 3) {
            forms.add(singular.substring(0, singular.length() - 1));
        }
        return forms;
    }

    /**
     * One edit away for a word of six letters or more, two for nine or more, and only when every
     * nearest known word names the same code: short words are too close to each other ("annulé" is
     * two edits from "annuel", "manuel" two from "mensuel") to be guessed.
     */
    private ValueMatch similar(List<String> w) {
        List<String> candidates = new ArrayList<>();
        candidates.add(String.join("", w));
        if (w.size() > 1) {
            candidates.addAll(w);
        }
        Set<String> best = new LinkedHashSet<>();
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int allowed = candidate.length() >= 9 ? 2 : candidate.length() >= 6 ? 1 : 0;
            if (allowed == 0) {
                continue;
            }
            Map<String, Set<String>> against = candidate.equals(candidates.get(0)) ? phrases : words;
            for (Map.Entry<String, Set<String>> known : against.entrySet()) {
                int d = EDITS.apply(candidate, known.getKey());
                if (d < 0 || d > allowed) {
                    continue;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best.clear();
                }
                if (d == bestDistance) {
                    best.addAll(known.getValue());
                }
            }
        }
        return best.size() == 1 ? new ValueMatch(best.iterator().next(), ValueMatch.How.SIMILAR) : ValueMatch.UNKNOWN;
    }

    /** Lower case, no accents, punctuation as spaces: the words of a cell. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Choice.foldKeepingWords(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** "Presse (généraliste, politique) [PQR]" → "Presse  ": what is in brackets qualifies, it does not name. */
    static String withoutBrackets(String text) {
        return text.replaceAll("\\([^)]*\\)?|\\[[^]]*]?", " ");
    }
}
