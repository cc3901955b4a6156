// Calendar dates and UTC instants, with the ISO 8601 text forms every surface and store uses.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace offertracker::domain {

using date = std::chrono::year_month_day;
// A UTC instant with microsecond resolution (the resolution stored and shown).
using timestamp = std::chrono::sys_time<std::chrono::microseconds>;

// "YYYY-MM-DD"; nullopt for anything else or an impossible day (2026-02-30).
std::optional<date> parse_date(std::string_view text);
std::string format_date(date d);

// Accepts "YYYY-MM-DD[T| ]HH:MM[:SS[.ffffff]]" followed by nothing (taken as UTC), "Z", or an offset
// "+HH[:MM]"/"-HH[:MM]" (converted to UTC). A bare date is midnight UTC.
std::optional<timestamp> parse_timestamp(std::string_view text);
// "YYYY-MM-DDTHH:MM:SS.ffffffZ": fixed width, so text order is time order.
std::string format_timestamp(timestamp t);

date to_date(timestamp t);
// Whole days from a to b (b - a).
int days_between(date a, date b);

}  // namespace offertracker::domain
