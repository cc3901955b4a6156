// Builders of the Pipeline rules tests: dates relative to a fixed "today" and applications, stages and activity
// with only the fields a case sets.
#pragma once

#include <chrono>
#include <string>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/application.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/domain/time.hpp>

namespace offertracker::pipeline_test {

using namespace std::chrono;

// Friday 2026-12-04, ISO week 2026-W49 (Monday 2026-11-30).
inline const domain::date today{year{2026}, month{12}, day{4}};

// today + n days (n may be negative).
inline domain::date day_at(int n) { return domain::date{sys_days{today} + days{n}}; }

// The instant at hour `h` UTC of today + n days.
inline domain::timestamp stamp_at(int n, int h = 12) {
    return time_point_cast<microseconds>(sys_days{today} + days{n}) + hours{h};
}

inline domain::application app(std::string id, domain::application_status status = domain::application_status::saved,
                               int created_days_ago = 0, std::string company = "") {
    domain::application a;
    a.id = std::move(id);
    a.user_id = "u1";
    a.company_name = company.empty() ? "Company " + a.id : std::move(company);
    a.role_title = "Engineer";
    a.status = status;
    a.created_at = stamp_at(-created_days_ago);
    a.updated_at = a.created_at;
    return a;
}

inline domain::stage round_of(std::string id, std::string app_id, domain::date when,
                              std::optional<domain::stage_type> type = domain::stage_type::technical,
                              domain::stage_result result = domain::stage_result::pending) {
    domain::stage s;
    s.id = std::move(id);
    s.application_id = std::move(app_id);
    s.stage_name = "Round";
    s.stage_type = type;
    s.stage_date = when;
    s.result = result;
    return s;
}

inline domain::activity_entry activity_on(std::string id, std::string app_id, int days_from_today) {
    domain::activity_entry e;
    e.id = std::move(id);
    e.user_id = "u1";
    e.application_id = std::move(app_id);
    e.action = "Note Added";
    e.created_at = stamp_at(days_from_today);
    return e;
}

}  // namespace offertracker::pipeline_test
