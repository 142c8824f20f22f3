package io.remit.team.service;

import io.remit.platform.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of a delegation's categories, on plain values. */
final class DelegationRules {

    /** Categories one delegation may name; none means all. */
    static final int MAX_CATEGORIES = 50;

    /** The same slugs decision-service uses for decision categories. */
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$");

    private DelegationRules() {
    }

    /** One error per category that is not a slug or repeats an earlier one, and one if there are too many. */
    static List<Problem.FieldError> categoryErrors(List<String> categories) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (categories.size() > MAX_CATEGORIES) {
            errors.add(new Problem.FieldError("categories", "at most " + MAX_CATEGORIES));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String category = categories.get(i);
            if (category == null || !SLUG.matcher(category).matches()) {
                errors.add(new Problem.FieldError("categories[" + i + "]", "must be a slug such as 'spend'"));
            } else if (!seen.add(category)) {
                errors.add(new Problem.FieldError("categories[" + i + "]", "named twice"));
            }
        }
        return errors;
    }
}
