// The posting importer: a run per URL, fetched on the background queue through the guarded fetcher, parsed, and
// upserted by the normalised job URL; pasted HTML takes the same parse-and-upsert path at once.
#include <offertracker/pipeline/imports.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/pipeline/posting_fields.hpp>
#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>
#include <offertracker/usecases/applications.hpp>

#include "field_names.hpp"
#include "support.hpp"

namespace offertracker::pipeline {
namespace {

constexpr std::size_t max_url_length = 500;

// The authority's host: without userinfo and port ("[::1]" keeps its brackets).
std::string_view host_of(std::string_view url) {
    const auto start = url.find("://");
    if (start == std::string_view::npos) return {};
    auto host = url.substr(start + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    if (const auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
    if (host.starts_with('[')) return host.substr(0, host.find(']') + 1);
    return host.substr(0, host.find(':'));
}

bool host_is(std::string_view host, std::string_view domain_name) {
    return host == domain_name || (host.size() > domain_name.size() && host.ends_with(domain_name) &&
                                   host[host.size() - domain_name.size() - 1] == '.');
}

// Where an imported posting came from: the job board its host names, else the company's own site.
domain::source source_of(std::string_view url) {
    const std::string host = text::ascii_lower(host_of(url));
    if (host_is(host, "linkedin.com")) return domain::source::linkedin;
    if (host_is(host, "indeed.com")) return domain::source::indeed;
    if (host_is(host, "glassdoor.com")) return domain::source::glassdoor;
    return domain::source::company_website;
}

// An absolute http(s) URL the importer may fetch: https always, http only where the operator allows private
// targets (a test or an intranet); what the guarded fetcher refuses beyond that it refuses itself.
void check_import_url(domain::validator& v, std::string_view field, const std::string& url, bool allow_http) {
    const std::string lowered = text::ascii_lower(url.substr(0, 8));
    const bool https = lowered.starts_with("https://");
    const bool http = lowered.starts_with("http://");
    if (!text::is_storable_text(url) || host_of(url).empty() || !(https || (http && allow_http)))
        v.add({.path = {std::string{field}}, .code = domain::field_code::not_a_url, .expected = allow_http ? "http" : "https"});
    else
        v.max_length(field, std::optional<std::string>{url}, max_url_length);
}

std::string fetch_failure(const ports::fetch_error& e) {
    switch (e.kind) {
        case ports::fetch_error_kind::refused_address:
            return "The page's address (" + e.address + ") is private, loopback or reserved; it is not fetched";
        case ports::fetch_error_kind::invalid_url:
        case ports::fetch_error_kind::invalid_request: return "The URL is not valid";
        case ports::fetch_error_kind::unsupported_scheme: return "Only http and https pages are fetched";
        case ports::fetch_error_kind::resolve_failed: return "The page's host name does not resolve";
        case ports::fetch_error_kind::connect_failed: return "The page's server did not accept a connection";
        case ports::fetch_error_kind::timeout: return "The page did not arrive within 10 seconds";
        case ports::fetch_error_kind::too_large: return "The page is larger than 2 MB";
        case ports::fetch_error_kind::too_many_redirects: return "The page redirected more than 3 times";
        case ports::fetch_error_kind::tls_failed: return "The page's TLS certificate could not be verified";
        case ports::fetch_error_kind::bad_response: return "The page's server did not answer with HTTP";
    }
    return "The page could not be fetched";
}

// Creates the user's job from the posting, or updates the live job with the same normalised URL.
domain::result<imported_job> upsert(services& s, const actor& who, const ports::job_posting& posting,
                                    const std::optional<std::string>& url) {
    const auto fields = fields_of(posting);
    std::optional<domain::application> existing;
    if (url) {
        auto uow = s.seeker.store.begin(ports::access::read_only);
        existing = uow->applications().find_by_url(who.user_id, *url);
    }
    std::string company = posting.company.value_or(std::string{url ? host_of(*url) : std::string_view{}});
    if (text::is_blank(company)) company = "Unknown company";

    if (existing) {
        usecases::update_application_command u{
            .company_name = std::optional{company},
            .role_title = std::optional{*posting.title},
            .description = std::optional{posting.description},
            .location = std::optional{posting.location},
            .job_type = std::optional{fields.job_type},
            .work_mode = std::optional{fields.work_mode},
            .salary_min = std::optional{fields.salary_min},
            .salary_max = std::optional{fields.salary_max},
        };
        if (fields.salary_currency) u.salary_currency = std::optional{*fields.salary_currency};
        auto updated = renamed(usecases::update_application(s.seeker, who, existing->id, u));
        if (!updated) return std::move(updated).error();
        return imported_job{std::move(updated->application), false};
    }
    usecases::create_application_command c{
        .company_name = std::move(company),
        .role_title = *posting.title,
        .url = url,
        .description = posting.description,
        .location = posting.location,
        .job_type = fields.job_type,
        .work_mode = fields.work_mode,
        .salary_min = fields.salary_min,
        .salary_max = fields.salary_max,
        .salary_currency = fields.salary_currency,
        .applied_source = url ? source_of(*url) : domain::source::company_website,
    };
    detail::score_new_job(s, who, c);
    auto created = renamed(usecases::create_application(s.seeker, who, c));
    if (!created) return std::move(created).error();
    return imported_job{std::move(created->application), true};
}

// Writes the run's outcome; a run that vanished (its account deleted meanwhile) is left alone.
void finish(services& s, pipeline::scraper_run run) {
    run.finished_at = s.seeker.clock.now();
    ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) {
        if (!uow.scraper_runs().find(run.id)) return;
        uow.scraper_runs().update(run);
        uow.commit();
    });
}

void fail(services& s, pipeline::scraper_run run, std::string reason) {
    run.status = run_status::failed;
    run.error = std::move(reason);
    finish(s, std::move(run));
}

// Takes the run from queued to running; nullopt when it is gone or another worker took it.
std::optional<pipeline::scraper_run> claim(services& s, const domain::id& run_id) {
    return ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) -> std::optional<pipeline::scraper_run> {
        auto run = uow.scraper_runs().find(run_id);
        if (!run || run->status == run_status::done || run->status == run_status::failed) return std::nullopt;
        run->status = run_status::running;
        uow.scraper_runs().update(*run);
        uow.commit();
        return run;
    });
}

std::string error_sentence(const domain::error& e) {
    if (e.kind != domain::error_kind::validation || e.field_errors.empty() || e.field_errors.front().path.empty())
        return e.message;
    return "The posting's " + e.field_errors.front().path.front() + " is not acceptable";
}

}  // namespace

domain::result<scraper_run> start_import(services& s, const actor& who, const std::string& url) {
    domain::validator v;
    check_import_url(v, "url", url, s.allow_plain_http);
    if (auto e = std::move(v).finish()) return std::move(*e);
    auto run = ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) -> domain::result<scraper_run> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        scraper_run r{.id = s.seeker.ids.new_id(), .user_id = who.user_id, .url = url, .created_at = s.seeker.clock.now()};
        uow.scraper_runs().insert(r);
        uow.commit();
        return r;
    });
    if (!run) return run;
    if (!s.background.post([&s, id = run->id] { run_import(s, id); })) {
        fail(s, *run, "The import queue is full");
        return domain::error::rate_limited("The import queue is full; try again shortly", std::chrono::seconds{30});
    }
    return run;
}

void run_import(services& s, const domain::id& run_id) {
    std::optional<scraper_run> run;
    try {
        run = claim(s, run_id);
        if (!run) return;
        auto fetched = s.fetcher.fetch({.method = ports::http_method::get,
                                        .url = run->url,
                                        .headers = {{"Accept", "text/html,application/xhtml+xml"}}});
        if (auto* e = std::get_if<ports::fetch_error>(&fetched)) return fail(s, *run, fetch_failure(*e));
        auto& page = std::get<ports::fetch_response>(fetched);
        if (page.status < 200 || page.status > 299)
            return fail(s, *run, "The page answered HTTP " + std::to_string(page.status));
        auto posting = s.parser.parse(page.body, page.final_url);
        if (!posting) return fail(s, *run, "No job posting was found on the page");
        auto imported = upsert(s, actor{run->user_id}, *posting, run->url);
        if (!imported) return fail(s, *run, error_sentence(imported.error()));
        run->status = run_status::done;
        run->job_id = imported->job.id;
        run->created = imported->created;
        finish(s, std::move(*run));
    } catch (const std::exception&) {
        // A store fault: the run says so rather than staying "running" for ever (when the store answers again).
        s.seeker.log.warning("scraper run " + run_id + " failed on a store fault");
        if (run) {
            try {
                fail(s, *run, "The import failed on a server fault");
            } catch (const std::exception&) {
            }
        }
    }
}

void resume_imports(services& s) {
    std::vector<scraper_run> pending;
    {
        auto uow = s.seeker.store.begin(ports::access::read_only);
        pending = uow->scraper_runs().unfinished();
    }
    for (const auto& r : pending)
        if (!s.background.post([&s, id = r.id] { run_import(s, id); })) break;
}

domain::result<scraper_run> get_run(services& s, const actor& who, const domain::id& id) {
    if (!text::is_storable_text(id)) return domain::error::not_found("Run not found");
    auto uow = s.seeker.store.begin(ports::access::read_only);
    auto run = uow->scraper_runs().find(id);
    if (!run) return domain::error::not_found("Run not found");
    if (run->user_id != who.user_id) return domain::error::forbidden("Not your run");
    return std::move(*run);
}

domain::result<imported_job> import_html(services& s, const actor& who, std::string_view html,
                                         const std::optional<std::string>& url) {
    domain::validator v;
    if (text::is_blank(html)) v.add({.path = {"html"}, .code = domain::field_code::missing});
    if (html.size() > max_html_bytes)
        v.add({.path = {"html"}, .code = domain::field_code::too_long, .limit = static_cast<long long>(max_html_bytes)});
    // No fetch happens here, so the page may come from any http(s) address.
    if (url) check_import_url(v, "url", *url, true);
    if (auto e = std::move(v).finish()) return std::move(*e);
    auto posting = s.parser.parse(html, url.value_or(std::string{}));
    if (!posting)
        return domain::error::validation({{.path = {"html"}, .code = domain::field_code::malformed, .expected = "job posting"}});
    return upsert(s, who, *posting, url);
}

}  // namespace offertracker::pipeline
