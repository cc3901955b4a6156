// Authentication, errors and readers of the Recruiting surface.
#include "context.hpp"

#include <charconv>
#include <limits>

#include <offertracker/http/kit/fastapi_errors.hpp>
#include <offertracker/http/kit/overload_guard.hpp>

namespace offertracker::adapters::http::recruiting_api {
namespace {

// A member id as a token subject: the decimal digits the core issued, nothing else.
std::optional<record_id> parse_id(std::string_view text) {
    record_id value = 0;
    if (text.empty() || text.size() > 19 || (text.front() == '0' && text.size() > 1)) return std::nullopt;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

}  // namespace

response error_reply(const domain::error& e, std::string_view input) {
    return kit::fastapi_error_reply(e, e.message, input, {.conflict = 400});
}

response render_error(const request&, unsigned status, std::string_view message) {
    return detail_reply(status, message);
}

handler open(handler h) { return kit::overload_guard(std::move(h), render_error); }

handler authed(const context& c, authed_handler h) {
    return open([&c, h = std::move(h)](const request& req, const path_params& params) {
        auto subject = c.bearer.authenticate(req);
        if (!subject) return kit::no_store(error_reply(subject.error()));
        const auto member = parse_id(*subject);
        if (!member)
            return kit::no_store(error_reply(domain::error::unauthenticated("Could not validate credentials")));
        return kit::no_store(h(req, params, recruiting::recruiter{*member}));
    });
}

void add_rule_errors(domain::error& reading, std::optional<domain::error> rules) {
    if (!rules) return;
    auto& errors = reading.field_errors;
    const auto refused = [&](const domain::field_error& f) {
        for (const auto& e : errors)
            if (e.path.empty() || (!f.path.empty() && e.path.front() == f.path.front())) return true;
        return false;
    };
    std::vector<domain::field_error> added;
    for (auto& f : rules->field_errors)
        if (!refused(f)) added.push_back(std::move(f));
    errors.insert(errors.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

response no_content(const domain::result<domain::done>& r) {
    if (!r) return error_reply(r.error());
    response out;
    out.status = 204;
    return out;
}

domain::result<record_id> path_id(const path_params& p, std::string_view name) {
    auto value = kit::integer_from_text(name, p.get(name), "path");
    if (!value) return std::move(value).error();
    return record_id{*value};
}

std::optional<ports::page> read_page(query_reader& query) {
    const auto skip = query.integer("skip", 0);
    const auto limit = query.integer("limit", 50);
    std::vector<domain::field_error> errors;
    if (skip && *skip < 0)
        errors.push_back({.path = {"skip"}, .code = domain::field_code::below_minimum, .limit = 0, .origin = "query"});
    if (limit && *limit < 1)
        errors.push_back({.path = {"limit"}, .code = domain::field_code::below_minimum, .limit = 1, .origin = "query"});
    if (limit && *limit > 100)
        errors.push_back({.path = {"limit"}, .code = domain::field_code::above_maximum, .limit = 100, .origin = "query"});
    if (!skip || !limit || !errors.empty()) {
        query.report(std::move(errors));
        return std::nullopt;
    }
    return ports::page{static_cast<std::size_t>(*skip), static_cast<std::size_t>(*limit)};
}

std::optional<long long> optional_query_int(query_reader& query, std::string_view name) {
    if (!query.string(name)) return std::nullopt;
    return query.integer(name, 0);
}

}  // namespace offertracker::adapters::http::recruiting_api
