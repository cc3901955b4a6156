// Reading users rows, shared by the repositories that list users (users, social), and the LIKE pattern they search with.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <offertracker/domain/user.hpp>

#include "query.hpp"

namespace offertracker::adapters::sql {

// The users columns, unqualified, in the order read_user expects them.
inline constexpr std::string_view user_columns =
    "id, email, username, display_name, bio, password_hash, is_profile_public, profile_visibility, "
    "streak_days, last_active_date, created_at, updated_at";
inline constexpr std::size_t user_column_count = 12;

domain::user read_user(const text_row& r);

// A LIKE pattern (ESCAPE '\') matching text that contains q literally, ASCII lower-cased: the LIKE wildcards
// and the escape character itself are escaped. Compare it with dialect::ascii_lower(column).
std::string like_pattern(std::string_view q);

}  // namespace offertracker::adapters::sql
