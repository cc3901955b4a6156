// Shared helpers of the core unit tests: readable printing of domain values and short date/time builders.
#pragma once

#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/status_rules.hpp>
#include <offertracker/domain/time.hpp>

namespace offertracker::test {

// A calendar date, e.g. ymd(2026, 3, 15).
inline domain::date ymd(int y, unsigned m, unsigned d) {
    return domain::date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// A UTC instant, e.g. at(2026, 3, 15, 10) for 2026-03-15T10:00:00Z.
inline domain::timestamp at(int y, unsigned m, unsigned d, int h = 0, int min = 0, int s = 0, long long us = 0) {
    using namespace std::chrono;
    return time_point_cast<microseconds>(sys_days{ymd(y, m, d)}) + hours{h} + minutes{min} + seconds{s} +
           microseconds{us};
}

inline const char* kind_name(domain::error_kind k) {
    switch (k) {
        case domain::error_kind::validation: return "validation";
        case domain::error_kind::not_found: return "not_found";
        case domain::error_kind::forbidden: return "forbidden";
        case domain::error_kind::conflict: return "conflict";
        case domain::error_kind::rule_violation: return "rule_violation";
        case domain::error_kind::unauthenticated: return "unauthenticated";
        case domain::error_kind::rate_limited: return "rate_limited";
    }
    return "?";
}

inline const char* code_name(domain::field_code c) {
    using domain::field_code;
    switch (c) {
        case field_code::missing: return "missing";
        case field_code::wrong_type: return "wrong_type";
        case field_code::malformed: return "malformed";
        case field_code::out_of_range: return "out_of_range";
        case field_code::not_whole: return "not_whole";
        case field_code::too_short: return "too_short";
        case field_code::too_long: return "too_long";
        case field_code::below_minimum: return "below_minimum";
        case field_code::not_above: return "not_above";
        case field_code::above_maximum: return "above_maximum";
        case field_code::not_one_of: return "not_one_of";
        case field_code::not_an_email: return "not_an_email";
        case field_code::hidden_character: return "hidden_character";
        case field_code::out_of_order: return "out_of_order";
        case field_code::contains_nul: return "contains_nul";
        case field_code::not_utf8: return "not_utf8";
        case field_code::too_deep: return "too_deep";
        case field_code::unreadable_name: return "unreadable_name";
        case field_code::not_matching: return "not_matching";
        case field_code::not_a_url: return "not_a_url";
    }
    return "?";
}

}  // namespace offertracker::test

namespace Catch {

#define OFFERTRACKER_ENUM_STRINGMAKER(E)                                                          \
    template <>                                                                                   \
    struct StringMaker<E> {                                                                       \
        static std::string convert(E v) { return std::string(offertracker::domain::to_string(v)); } \
    };
OFFERTRACKER_ENUM_STRINGMAKER(offertracker::domain::application_status)
OFFERTRACKER_ENUM_STRINGMAKER(offertracker::domain::outcome_status)
OFFERTRACKER_ENUM_STRINGMAKER(offertracker::domain::profile_visibility)
OFFERTRACKER_ENUM_STRINGMAKER(offertracker::domain::stage_result)
OFFERTRACKER_ENUM_STRINGMAKER(offertracker::domain::priority)
#undef OFFERTRACKER_ENUM_STRINGMAKER

template <>
struct StringMaker<offertracker::domain::error_kind> {
    static std::string convert(offertracker::domain::error_kind k) { return offertracker::test::kind_name(k); }
};

template <>
struct StringMaker<offertracker::domain::status_trigger> {
    static std::string convert(offertracker::domain::status_trigger t) {
        using offertracker::domain::status_trigger;
        switch (t) {
            case status_trigger::manual: return "manual";
            case status_trigger::stage_added: return "stage_added";
            case status_trigger::outcome_offer: return "outcome_offer";
            case status_trigger::outcome_rejected: return "outcome_rejected";
            case status_trigger::outcome_withdrawn: return "outcome_withdrawn";
        }
        return "?";
    }
};

template <>
struct StringMaker<offertracker::domain::date> {
    static std::string convert(const offertracker::domain::date& d) {
        return d.ok() ? offertracker::domain::format_date(d) : std::string("<invalid date>");
    }
};

template <>
struct StringMaker<offertracker::domain::timestamp> {
    static std::string convert(const offertracker::domain::timestamp& t) {
        return offertracker::domain::format_timestamp(t);
    }
};

template <>
struct StringMaker<offertracker::domain::field_error> {
    static std::string convert(const offertracker::domain::field_error& e) {
        auto list = [](const std::vector<std::string>& parts) {
            std::string out;
            for (const auto& part : parts) out += (out.empty() ? "" : ",") + part;
            return "[" + out + "]";
        };
        std::string out = "{" + list(e.path) + " " + offertracker::test::code_name(e.code);
        if (e.limit) out += " limit=" + std::to_string(*e.limit);
        if (!e.expected.empty()) out += " expected=" + e.expected;
        if (!e.allowed.empty()) out += " allowed=" + list(e.allowed);
        if (!e.other.empty()) out += " other=" + e.other;
        if (!e.origin.empty()) out += " origin=" + e.origin;
        return out + "}";
    }
};

}  // namespace Catch
