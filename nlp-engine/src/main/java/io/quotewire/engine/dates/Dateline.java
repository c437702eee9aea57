package io.quotewire.engine.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date an article states in its opening lines: a dateline or byline such as "October 7, 2019",
 * "Oct. 7, 2019", "7 October 2019" or "2019-10-07". Only short lines at the top count, so a date in the story
 * ("the talks on October 5, 2019 …") is never taken for the day it was published.
 */
public final class Dateline {

    /** How many non-blank lines from the top are read. */
    static final int LINES = 6;
    /** Lines longer than this are body text, not a dateline or byline. */
    static final int MAX_LINE_LENGTH = 120;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

    private Dateline() {}

    /** The first full date in the opening short lines of {@code text}, if any. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int read = 0;
        for (String line : text.split("\n", LINES * 4)) {
            if (line.isBlank()) {
                continue;
            }
            if (++read > LINES) {
                break;
            }
            if (line.length() <= MAX_LINE_LENGTH) {
                Optional<LocalDate> date = dateIn(line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> dateIn(String line) {
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO.matcher(line);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
