// Builders and transaction helpers shared by the repository contract suites.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/social.hpp>
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/ports/unit_of_work.hpp>

#include "store_factories.hpp"

namespace contract {

using namespace offertracker;
using namespace std::chrono_literals;

// Which table an id is for: ids differ between tables so a mix-up cannot pass by accident.
enum class table {
    user = 1, resume, application, stage, outcome, reflection, activity,
    contact, document, reminder, tag, application_tag, saved_job, user_milestone,
    follow, group, group_member, post, reaction
};

// A canonical lower-case version 4 UUID; text order follows n within one table.
inline domain::id uuid(table t, int n) {
    char text[37];
    std::snprintf(text, sizeof text, "%08x-0000-4000-8000-%012x", static_cast<unsigned>(t), static_cast<unsigned>(n));
    return text;
}

// An instant with microseconds: 2026-03-01T09:00:00Z plus the given seconds and microseconds.
inline domain::timestamp at(long long seconds, long long micros = 0) {
    using namespace std::chrono;
    return domain::timestamp{sys_days{2026y / March / 1} + 9h + std::chrono::seconds{seconds} +
                             std::chrono::microseconds{micros}};
}

inline domain::date day(int y, unsigned m, unsigned d) {
    return domain::date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Runs f in a read_write unit and commits; the unit is gone when this returns.
template <class F>
void write(ports::store& s, F f) {
    auto unit = s.begin(ports::access::read_write);
    f(*unit);
    unit->commit();
}

// Runs f in a read_only unit and returns what it returns.
template <class F>
auto read(ports::store& s, F f) {
    auto unit = s.begin(ports::access::read_only);
    return f(*unit);
}

template <class T>
std::vector<domain::id> ids_of(const std::vector<T>& rows) {
    std::vector<domain::id> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

template <class T>
std::vector<T> sorted_by_id(std::vector<T> rows) {
    std::ranges::sort(rows, {}, &T::id);
    return rows;
}

// Minimal rows: every optional null, every required field set. n distinguishes rows of one table.
inline domain::user make_user(int n) {
    domain::user u;
    u.id = uuid(table::user, n);
    u.email = "user" + std::to_string(n) + "@example.com";
    u.username = "user" + std::to_string(n);
    u.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$" + std::to_string(n);
    u.created_at = at(n, 1);
    u.updated_at = at(n, 2);
    return u;
}

inline domain::resume make_resume(int n, const domain::id& user_id) {
    domain::resume r;
    r.id = uuid(table::resume, n);
    r.user_id = user_id;
    r.version_name = "Resume v" + std::to_string(n);
    r.created_at = at(100 + n, 1);
    r.updated_at = at(100 + n, 2);
    return r;
}

inline domain::application make_application(int n, const domain::id& user_id) {
    domain::application a;
    a.id = uuid(table::application, n);
    a.user_id = user_id;
    a.company_name = "Company " + std::to_string(n);
    a.role_title = "Engineer " + std::to_string(n);
    a.created_at = at(200 + n, 1);
    a.updated_at = at(200 + n, 2);
    return a;
}

inline domain::stage make_stage(int n, const domain::id& application_id) {
    domain::stage s;
    s.id = uuid(table::stage, n);
    s.application_id = application_id;
    s.stage_name = "Round " + std::to_string(n);
    s.stage_date = day(2026, 3, 2);
    s.created_at = at(300 + n, 1);
    s.updated_at = at(300 + n, 2);
    return s;
}

inline domain::outcome make_outcome(int n, const domain::id& application_id) {
    domain::outcome o;
    o.id = uuid(table::outcome, n);
    o.application_id = application_id;
    o.created_at = at(400 + n, 1);
    o.updated_at = at(400 + n, 2);
    return o;
}

inline domain::reflection make_reflection(int n, const domain::id& application_id) {
    domain::reflection r;
    r.id = uuid(table::reflection, n);
    r.application_id = application_id;
    r.created_at = at(500 + n, 1);
    r.updated_at = at(500 + n, 2);
    return r;
}

inline domain::activity_entry make_activity(int n, const domain::id& user_id,
                                            std::optional<domain::id> application_id = std::nullopt) {
    domain::activity_entry e;
    e.id = uuid(table::activity, n);
    e.user_id = user_id;
    e.application_id = std::move(application_id);
    e.action = "Status Changed";
    e.description = "Entry " + std::to_string(n);
    e.created_at = at(600 + n, 1);
    return e;
}

inline domain::contact make_contact(int n, const domain::id& user_id) {
    domain::contact c;
    c.id = uuid(table::contact, n);
    c.user_id = user_id;
    c.name = "Contact " + std::to_string(n);
    c.created_at = at(700 + n, 1);
    c.updated_at = at(700 + n, 2);
    return c;
}

inline domain::document make_document(int n, const domain::id& user_id, const domain::id& application_id) {
    domain::document d;
    d.id = uuid(table::document, n);
    d.user_id = user_id;
    d.application_id = application_id;
    d.name = "Document " + std::to_string(n);
    d.created_at = at(800 + n, 1);
    d.updated_at = at(800 + n, 2);
    return d;
}

inline domain::reminder make_reminder(int n, const domain::id& user_id) {
    domain::reminder r;
    r.id = uuid(table::reminder, n);
    r.user_id = user_id;
    r.title = "Reminder " + std::to_string(n);
    r.remind_at = at(10'000 + n);
    r.created_at = at(900 + n, 1);
    r.updated_at = at(900 + n, 2);
    return r;
}

inline domain::tag make_tag(int n, const domain::id& user_id) {
    domain::tag t;
    t.id = uuid(table::tag, n);
    t.user_id = user_id;
    t.name = "tag " + std::to_string(n);
    t.created_at = at(1000 + n, 1);
    return t;
}

inline domain::application_tag make_link(int n, const domain::id& user_id, const domain::id& application_id,
                                         const domain::id& tag_id) {
    domain::application_tag l;
    l.id = uuid(table::application_tag, n);
    l.user_id = user_id;
    l.application_id = application_id;
    l.tag_id = tag_id;
    l.created_at = at(1100 + n, 1);
    return l;
}

inline domain::saved_job make_saved_job(int n, const domain::id& user_id) {
    domain::saved_job j;
    j.id = uuid(table::saved_job, n);
    j.user_id = user_id;
    j.company_name = "Saved Co " + std::to_string(n);
    j.created_at = at(1200 + n, 1);
    j.updated_at = at(1200 + n, 2);
    return j;
}

// An award of the i-th milestone of domain::milestone_definitions.
inline domain::user_milestone make_award(int n, const domain::id& user_id, std::size_t i) {
    domain::user_milestone m;
    m.id = uuid(table::user_milestone, n);
    m.user_id = user_id;
    m.milestone_id = std::string{domain::milestone_definitions.at(i).id};
    m.reached_at = at(1300 + n, 1);
    return m;
}

inline domain::follow make_follow(int n, const domain::id& follower_id, const domain::id& following_id) {
    domain::follow f;
    f.id = uuid(table::follow, n);
    f.follower_id = follower_id;
    f.following_id = following_id;
    f.created_at = at(1400 + n, 1);
    return f;
}

inline domain::group make_group(int n, const domain::id& created_by) {
    domain::group g;
    g.id = uuid(table::group, n);
    g.name = "Group " + std::to_string(n);
    g.created_by = created_by;
    g.created_at = at(1500 + n, 1);
    g.updated_at = at(1500 + n, 2);
    return g;
}

inline domain::group_member make_member(int n, const domain::id& group_id, const domain::id& user_id) {
    domain::group_member m;
    m.id = uuid(table::group_member, n);
    m.group_id = group_id;
    m.user_id = user_id;
    m.joined_at = at(1600 + n, 1);
    return m;
}

inline domain::post make_post(int n, const domain::id& user_id) {
    domain::post p;
    p.id = uuid(table::post, n);
    p.user_id = user_id;
    p.content = "Post " + std::to_string(n);
    p.created_at = at(1700 + n, 1);
    p.updated_at = at(1700 + n, 2);
    return p;
}

inline domain::reaction make_reaction(int n, const domain::id& post_id, const domain::id& user_id) {
    domain::reaction r;
    r.id = uuid(table::reaction, n);
    r.post_id = post_id;
    r.user_id = user_id;
    r.created_at = at(1800 + n, 1);
    return r;
}

}  // namespace contract
