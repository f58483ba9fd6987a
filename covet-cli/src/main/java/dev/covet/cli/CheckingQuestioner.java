package dev.covet.cli;

import dev.covet.orm.migrate.Questioner;

/**
 * The answers of a check, which writes nothing: no renames, and a stand-in for any one-off value, so
 * that a new NOT NULL field counts as a change to report rather than a question nobody can answer.
 */
final class CheckingQuestioner implements Questioner {
    static final CheckingQuestioner INSTANCE = new CheckingQuestioner();

    private CheckingQuestioner() {
    }

    @Override
    public Object askDefault(String model, String field, String type) {
        return "<one-off value>";
    }
}
