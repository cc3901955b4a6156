// The few value conversions every response view shares: optionals to null, enums to their wire strings,
// dates and instants to ISO text, stored JSON text back to JSON.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/json_text.hpp>
#include <offertracker/domain/time.hpp>

namespace offertracker::adapters::http::kit {

inline boost::json::string when(domain::timestamp t) { return boost::json::string(domain::format_timestamp(t)); }

// null when absent; enums as their documented string, dates "YYYY-MM-DD", instants ISO 8601 UTC.
template <class T>
boost::json::value opt(const std::optional<T>& v) {
    if (!v) return nullptr;
    if constexpr (std::is_enum_v<T>)
        return boost::json::string(domain::to_string(*v));
    else if constexpr (std::is_same_v<T, domain::date>)
        return boost::json::string(domain::format_date(*v));
    else if constexpr (std::is_same_v<T, domain::timestamp>)
        return when(*v);
    else
        return boost::json::value(*v);
}

// Parses text nested at most domain::max_json_depth levels (request bodies and stored JSON alike); deeper
// text fails with boost::json::error::too_deep.
inline boost::json::value parse_json(std::string_view text, boost::json::error_code& ec) {
    boost::json::parse_options options;
    options.max_depth = domain::max_json_depth;
    return boost::json::parse(text, ec, {}, options);
}

// JSON text a surface stored (skill gaps, metadata, criteria), embedded as JSON; null if absent or unreadable.
inline boost::json::value embedded(const std::optional<std::string>& text) {
    if (!text) return nullptr;
    boost::json::error_code ec;
    auto v = parse_json(*text, ec);
    return ec ? boost::json::value(nullptr) : v;
}

}  // namespace offertracker::adapters::http::kit
