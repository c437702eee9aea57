package io.quotewire.query.persistence;

import io.quotewire.query.domain.DateRange;
import io.quotewire.query.domain.EntityKeys;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** SQL fragments shared by the filters: entities named by a term, speakers named by a term, word prefixes. */
public final class SqlTerms {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SqlTerms() {}

    /** Sub-select of the ids of entities whose canonical name or alias is {@code :p_name}, or whose id is {@code :p_id}. */
    public static String entityIds(String prefix) {
        return "SELECT al.entity_id FROM entity_alias al WHERE al.normalized_alias = :" + prefix + "_name"
                + " UNION SELECT e.id FROM entity e WHERE e.id = :" + prefix + "_id";
    }

    /** Parameters of {@link #entityIds}: the term's spelling key, and the term as an id (-1 when not a number). */
    public static Map<String, Object> entityParameters(String prefix, String term) {
        return Map.of(prefix + "_name", EntityKeys.spellingKey(term), prefix + "_id", idOrNone(term));
    }

    private static String datedWithin(String alias, DateRange dates, Map<String, Object> parameters) {
        StringBuilder clause = new StringBuilder();
        if (dates.from() != null) {
            clause.append(alias).append(".dated_at >= :dated_from");
            parameters.put("dated_from", java.sql.Timestamp.from(dates.from()));
        }
        if (dates.to() != null) {
            clause.append(clause.isEmpty() ? "" : " AND ").append(alias).append(".dated_at < :dated_to");
            parameters.put("dated_to", java.sql.Timestamp.from(dates.to()));
        }
        return clause.toString();
    }

    /**
     * The clause true for an article {@code alias} dated within {@code dates} (its {@code dated_at}: publishedAt,
     * else receivedAt) and its parameters, for {@link SqlWhere#and}; the clause is empty for any date.
     */
    public static Map.Entry<String, Map<String, Object>> dated(String alias, DateRange dates) {
        Map<String, Object> parameters = new HashMap<>();
        return Map.entry(datedWithin(alias, dates, parameters), parameters);
    }

    /**
     * Sub-select of the ids of the entities a speaker term names: by a name or alias, by the words of one in order
     * ("Maxwell" and "david maxwell" both name David Maxwell), or by id; same parameters as {@link #entityIds}.
     */
    public static String speakerEntityIds(String prefix) {
        return entityIds(prefix) + " UNION SELECT al.entity_id FROM entity_alias al"
                + " WHERE to_tsvector('simple', al.normalized_alias) @@ phraseto_tsquery('simple', :" + prefix + "_name)";
    }

    /**
     * Clause true for a quote {@code qu} whose speaker is an entity the term names ({@link #speakerEntityIds}), or
     * has no entity and a name that contains the term's words in order ("the Obama administration"), both normalised.
     */
    public static String speakerMatches(String prefix) {
        return "(qu.speaker_entity_id IN (" + speakerEntityIds(prefix) + ") OR " + unlinkedSpeakerNamed(prefix + "_name")
                + ")";
    }

    /**
     * The same clause for entity ids looked up beforehand: {@code speaker_entity_id IN (ids)} and the name's words
     * can then combine their two indexes (a bitmap OR), which a sub-select in the OR prevents. {@code :nameParameter}
     * is the normalised term.
     */
    public static String speakerMatches(List<Long> entityIds, String nameParameter) {
        if (entityIds.isEmpty()) {
            return unlinkedSpeakerNamed(nameParameter);
        }
        // Ids come from the database as numbers, so writing them into the SQL is safe.
        String ids = entityIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "(qu.speaker_entity_id IN (" + ids + ") OR " + unlinkedSpeakerNamed(nameParameter) + ")";
    }

    /**
     * Clause true for a quote {@code qu} whose speaker has no entity and whose name contains the words of
     * {@code :nameParameter} in order, through the names in {@code unlinked_speaker} (V12).
     */
    public static String unlinkedSpeakerNamed(String nameParameter) {
        return "(qu.speaker_entity_id IS NULL AND md5(qu.speaker_normalized_name) IN (" + unlinkedSpeakerKeys(nameParameter)
                + "))";
    }

    /** Sub-select of the keys of the unlinked speakers' names that contain the words of {@code :nameParameter}. */
    public static String unlinkedSpeakerKeys(String nameParameter) {
        return "SELECT us.name_key FROM unlinked_speaker us"
                + " WHERE to_tsvector('simple', us.normalized_name) @@ phraseto_tsquery('simple', :" + nameParameter + ")";
    }

    /** A {@code to_tsquery('simple', …)} text matching names that contain words starting with each word of term. */
    public static String prefixQuery(String term) {
        return Arrays.stream(NON_WORD.split(EntityKeys.spellingKey(term)))
                .filter(word -> !word.isEmpty())
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
    }

    private static long idOrNone(String term) {
        try {
            return Long.parseLong(term.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
