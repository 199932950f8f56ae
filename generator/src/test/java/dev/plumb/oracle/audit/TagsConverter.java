package dev.plumb.oracle.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Tags as one comma-separated string column. */
@Converter
public class TagsConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> tags) {
        return tags == null ? null : String.join(",", new TreeSet<>(tags));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(column.split(",")));
    }
}
