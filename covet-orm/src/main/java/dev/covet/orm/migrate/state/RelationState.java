package dev.covet.orm.migrate.state;

/**
 * The relation part of a {@link FieldState}.
 *
 * @param to           the target model's label ({@code app.Model})
 * @param toField      the target field the key holds (its primary key unless {@code toField} said otherwise)
 * @param onDelete     what deleting the target does (Covet applies it; the database only checks the key)
 * @param dbConstraint is the key a FOREIGN KEY constraint?
 * @param dbTable      a many-to-many's automatic junction table, else null
 * @param through      a many-to-many's through model label, else null
 * @param sourceColumn the junction's column pointing at this model
 * @param targetColumn the junction's column pointing at the target
 */
public record RelationState(String to, String toField, String onDelete, boolean dbConstraint, String dbTable,
                            String through, String sourceColumn, String targetColumn) {

    /**
     * This relation pointing at another model (after a rename).
     *
     * @param to the target's label
     * @return the changed copy
     */
    public RelationState withTo(String to) {
        return new RelationState(to, toField, onDelete, dbConstraint, dbTable, through, sourceColumn, targetColumn);
    }

    /**
     * This relation through another model (after the through model's rename).
     *
     * @param through the through model's label, or null
     * @return the changed copy
     */
    public RelationState withThrough(String through) {
        return new RelationState(to, toField, onDelete, dbConstraint, dbTable, through, sourceColumn, targetColumn);
    }

    /**
     * This relation holding another field of the target.
     *
     * @param toField the target field's name
     * @return the changed copy
     */
    public RelationState withToField(String toField) {
        return new RelationState(to, toField, onDelete, dbConstraint, dbTable, through, sourceColumn, targetColumn);
    }
}
