// Builders, comparison, printing and transaction helpers shared by the Recruiting store contract suites.
#pragma once

#include <chrono>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include <catch2/catch.hpp>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/recruiting/records.hpp>

#include "recruiting_store_factories.hpp"

namespace offertracker::recruiting {

// Every field of a record, named once: equality and printing below both read these lists.
template <class T>
struct record_field {
    const char* name;
    T member;
};
template <class T>
record_field(const char*, T) -> record_field<T>;

template <class T>
inline constexpr bool has_fields = false;

template <>
inline constexpr bool has_fields<organization> = true;
inline constexpr auto fields_of(const organization*) {
    return std::tuple{
        record_field{"id", &organization::id},
        record_field{"name", &organization::name},
        record_field{"created_at", &organization::created_at}};
}

template <>
inline constexpr bool has_fields<member> = true;
inline constexpr auto fields_of(const member*) {
    return std::tuple{
        record_field{"id", &member::id},
        record_field{"org_id", &member::org_id},
        record_field{"email", &member::email},
        record_field{"full_name", &member::full_name},
        record_field{"role", &member::role},
        record_field{"password_hash", &member::password_hash},
        record_field{"active", &member::active},
        record_field{"created_at", &member::created_at}};
}

template <>
inline constexpr bool has_fields<job> = true;
inline constexpr auto fields_of(const job*) {
    return std::tuple{
        record_field{"id", &job::id},
        record_field{"org_id", &job::org_id},
        record_field{"created_by_user_id", &job::created_by_user_id},
        record_field{"title", &job::title},
        record_field{"department", &job::department},
        record_field{"location", &job::location},
        record_field{"employment_type", &job::employment_type},
        record_field{"remote_option", &job::remote_option},
        record_field{"salary_min", &job::salary_min},
        record_field{"salary_max", &job::salary_max},
        record_field{"currency", &job::currency},
        record_field{"description", &job::description},
        record_field{"required_skills", &job::required_skills},
        record_field{"nice_to_have_skills", &job::nice_to_have_skills},
        record_field{"min_years", &job::min_years},
        record_field{"status", &job::status},
        record_field{"is_public", &job::is_public},
        record_field{"created_at", &job::created_at},
        record_field{"updated_at", &job::updated_at}};
}

template <>
inline constexpr bool has_fields<candidate> = true;
inline constexpr auto fields_of(const candidate*) {
    return std::tuple{
        record_field{"id", &candidate::id},
        record_field{"org_id", &candidate::org_id},
        record_field{"full_name", &candidate::full_name},
        record_field{"headline", &candidate::headline},
        record_field{"location", &candidate::location},
        record_field{"experience_years", &candidate::experience_years},
        record_field{"current_title", &candidate::current_title},
        record_field{"current_company", &candidate::current_company},
        record_field{"linkedin_url", &candidate::linkedin_url},
        record_field{"github_url", &candidate::github_url},
        record_field{"website_url", &candidate::website_url},
        record_field{"notes", &candidate::notes},
        record_field{"email", &candidate::email},
        record_field{"phone", &candidate::phone},
        record_field{"skills", &candidate::skills},
        record_field{"resume_text", &candidate::resume_text},
        record_field{"created_at", &candidate::created_at},
        record_field{"updated_at", &candidate::updated_at}};
}

template <>
inline constexpr bool has_fields<application> = true;
inline constexpr auto fields_of(const application*) {
    return std::tuple{
        record_field{"id", &application::id},
        record_field{"org_id", &application::org_id},
        record_field{"job_id", &application::job_id},
        record_field{"candidate_id", &application::candidate_id},
        record_field{"status", &application::status},
        record_field{"source", &application::source},
        record_field{"fit_score", &application::fit_score},
        record_field{"created_at", &application::created_at},
        record_field{"updated_at", &application::updated_at}};
}

template <>
inline constexpr bool has_fields<status_change> = true;
inline constexpr auto fields_of(const status_change*) {
    return std::tuple{
        record_field{"id", &status_change::id},
        record_field{"org_id", &status_change::org_id},
        record_field{"application_id", &status_change::application_id},
        record_field{"from_status", &status_change::from_status},
        record_field{"to_status", &status_change::to_status},
        record_field{"changed_by_user_id", &status_change::changed_by_user_id},
        record_field{"changed_at", &status_change::changed_at}};
}

template <>
inline constexpr bool has_fields<match_log> = true;
inline constexpr auto fields_of(const match_log*) {
    return std::tuple{
        record_field{"id", &match_log::id},
        record_field{"org_id", &match_log::org_id},
        record_field{"job_id", &match_log::job_id},
        record_field{"candidate_id", &match_log::candidate_id},
        record_field{"score", &match_log::score},
        record_field{"strategy", &match_log::strategy},
        record_field{"reason", &match_log::reason},
        record_field{"requested_by_user_id", &match_log::requested_by_user_id},
        record_field{"created_at", &match_log::created_at}};
}

template <>
inline constexpr bool has_fields<webhook_endpoint> = true;
inline constexpr auto fields_of(const webhook_endpoint*) {
    return std::tuple{
        record_field{"id", &webhook_endpoint::id},
        record_field{"org_id", &webhook_endpoint::org_id},
        record_field{"url", &webhook_endpoint::url},
        record_field{"secret", &webhook_endpoint::secret},
        record_field{"events", &webhook_endpoint::events},
        record_field{"active", &webhook_endpoint::active},
        record_field{"created_at", &webhook_endpoint::created_at}};
}

template <>
inline constexpr bool has_fields<webhook_delivery> = true;
inline constexpr auto fields_of(const webhook_delivery*) {
    return std::tuple{
        record_field{"id", &webhook_delivery::id},
        record_field{"org_id", &webhook_delivery::org_id},
        record_field{"endpoint_id", &webhook_delivery::endpoint_id},
        record_field{"event", &webhook_delivery::event},
        record_field{"payload", &webhook_delivery::payload},
        record_field{"state", &webhook_delivery::state},
        record_field{"attempts", &webhook_delivery::attempts},
        record_field{"next_attempt_at", &webhook_delivery::next_attempt_at},
        record_field{"created_at", &webhook_delivery::created_at},
        record_field{"delivered_at", &webhook_delivery::delivered_at}};
}

template <>
inline constexpr bool has_fields<delivery_attempt> = true;
inline constexpr auto fields_of(const delivery_attempt*) {
    return std::tuple{
        record_field{"id", &delivery_attempt::id},
        record_field{"org_id", &delivery_attempt::org_id},
        record_field{"delivery_id", &delivery_attempt::delivery_id},
        record_field{"attempt", &delivery_attempt::attempt},
        record_field{"at", &delivery_attempt::at},
        record_field{"status_code", &delivery_attempt::status_code},
        record_field{"error", &delivery_attempt::error},
        record_field{"duration_ms", &delivery_attempt::duration_ms}};
}

template <class T>
concept recruiting_record = has_fields<T>;

// Field-by-field equality for the tests (the records declare none). Found by ADL, so std::optional's == uses it.
template <recruiting_record T>
bool operator==(const T& a, const T& b) {
    return std::apply([&](const auto&... f) { return ((a.*(f.member) == b.*(f.member)) && ...); },
                      fields_of(static_cast<const T*>(nullptr)));
}

}  // namespace offertracker::recruiting

namespace Catch {

template <>
struct StringMaker<offertracker::domain::timestamp> {
    static std::string convert(const offertracker::domain::timestamp& t) {
        return offertracker::domain::format_timestamp(t);
    }
};

template <class E>
    requires std::is_enum_v<E> && requires { offertracker::domain::enum_strings<E>::values; }
struct StringMaker<E> {
    static std::string convert(E e) { return std::string(offertracker::domain::to_string(e)); }
};

template <offertracker::recruiting::recruiting_record T>
struct StringMaker<T> {
    static std::string convert(const T& r) {
        std::string out = "{";
        std::apply(
            [&](const auto&... f) {
                ((out += (out.size() > 1 ? ", " : "") + std::string(f.name) + "=" +
                         Catch::Detail::stringify(r.*(f.member))),
                 ...);
            },
            fields_of(static_cast<const T*>(nullptr)));
        return out + "}";
    }
};

}  // namespace Catch

namespace recruiting_contract {

using namespace offertracker;
using namespace std::chrono_literals;
using recruiting::record_id;

// An instant with microseconds: 2026-03-01T09:00:00Z plus the given seconds and microseconds.
inline domain::timestamp at(long long seconds, long long micros = 0) {
    using namespace std::chrono;
    return domain::timestamp{sys_days{2026y / March / 1} + 9h + std::chrono::seconds{seconds} +
                             std::chrono::microseconds{micros}};
}

// Runs f in a read_write unit, commits, and returns what f returns.
template <class F>
auto write(ports::recruiting_store& s, F f) {
    auto unit = s.begin(ports::access::read_write);
    if constexpr (std::is_void_v<decltype(f(*unit))>) {
        f(*unit);
        unit->commit();
    } else {
        auto out = f(*unit);
        unit->commit();
        return out;
    }
}

// Runs f in a read_only unit and returns what it returns.
template <class F>
auto read(ports::recruiting_store& s, F f) {
    auto unit = s.begin(ports::access::read_only);
    return f(*unit);
}

template <class T>
std::vector<record_id> ids_of(const std::vector<T>& rows) {
    std::vector<record_id> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

// Minimal records: every optional empty, every required field set. n distinguishes records of one table.
inline recruiting::organization make_org(int n) {
    return {.name = "Org " + std::to_string(n), .created_at = at(n)};
}

inline recruiting::member make_member(int n, record_id org_id) {
    return {.org_id = org_id,
            .email = "member" + std::to_string(n) + "@example.com",
            .full_name = "Member " + std::to_string(n),
            .role = recruiting::member_role::recruiter,
            .password_hash = "hash-" + std::to_string(n),
            .active = true,
            .created_at = at(n)};
}

inline recruiting::job make_job(int n, record_id org_id, record_id created_by = 1) {
    return {.org_id = org_id,
            .created_by_user_id = created_by,
            .title = "Job " + std::to_string(n),
            .created_at = at(n),
            .updated_at = at(n)};
}

inline recruiting::candidate make_candidate(int n, record_id org_id) {
    return {.org_id = org_id, .full_name = "Candidate " + std::to_string(n), .created_at = at(n), .updated_at = at(n)};
}

inline recruiting::application make_application(record_id org_id, record_id job_id, record_id candidate_id,
                                                int n = 1) {
    return {.org_id = org_id, .job_id = job_id, .candidate_id = candidate_id, .created_at = at(n),
            .updated_at = at(n)};
}

inline recruiting::webhook_endpoint make_webhook(int n, record_id org_id) {
    return {.org_id = org_id,
            .url = "https://hooks.example.com/" + std::to_string(n),
            .secret = "secret-" + std::to_string(n),
            .events = {recruiting::webhook_event::job_created},
            .active = true,
            .created_at = at(n)};
}

inline recruiting::webhook_delivery make_delivery(int n, record_id org_id, record_id endpoint_id,
                                                  domain::timestamp due) {
    return {.org_id = org_id,
            .endpoint_id = endpoint_id,
            .event = recruiting::webhook_event::job_created,
            .payload = "{\"event\": \"job.created\", \"n\": " + std::to_string(n) + "}",
            .state = recruiting::delivery_state::pending,
            .next_attempt_at = due,
            .created_at = at(n)};
}

// The record as the store holds it after create: the given one with the assigned id.
template <class T>
T with_id(T r, record_id id) {
    r.id = id;
    return r;
}

// Two orgs with a member each: the usual start of a scoping test.
struct two_orgs {
    record_id a = 0;
    record_id b = 0;
};

inline two_orgs create_two_orgs(ports::recruiting_store& s) {
    return write(s, [](auto& uow) {
        two_orgs o;
        o.a = uow.organizations().create(make_org(1));
        o.b = uow.organizations().create(make_org(2));
        return o;
    });
}

}  // namespace recruiting_contract
