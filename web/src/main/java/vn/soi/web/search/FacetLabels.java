package vn.soi.web.search;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.index.FacetDimension;

/** Vietnamese names of the facet dimensions and of their coded values (document types and ratings). */
public final class FacetLabels {
    private FacetLabels() {
    }

    /**
     * @param dimension a facet dimension
     * @return its Vietnamese name
     */
    public static String of(FacetDimension dimension) {
        return switch (dimension) {
            case TYPE -> "Loại tài liệu";
            case UNIT -> "Đơn vị";
            case YEAR -> "Năm";
            case RATING -> "Mức xếp loại";
            case PERSON -> "Người";
        };
    }

    /**
     * @param dimension the value's dimension
     * @param value a value as indexed
     * @return how to show it: the label of a type or a rating, other values as they are
     */
    public static String of(FacetDimension dimension, String value) {
        try {
            return switch (dimension) {
                case TYPE -> DocumentType.valueOf(value).label();
                case RATING -> Rating.valueOf(value).label();
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            // A value indexed by a newer version than this one: show it as stored.
            return value;
        }
    }
}
