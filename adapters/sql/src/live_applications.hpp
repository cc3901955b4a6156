// Rows that hang off an application are hidden with it while it is soft-deleted (docs/pipeline.md §4). The
// condition keeps a row whose `column` names no application or a live one: a primary-key probe per row.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::adapters::sql {

inline std::string of_live_application(std::string_view column) {
    return " AND NOT EXISTS (SELECT 1 FROM applications hidden WHERE hidden.id = " + std::string{column} +
           " AND hidden.deleted_at IS NOT NULL)";
}

}  // namespace offertracker::adapters::sql
