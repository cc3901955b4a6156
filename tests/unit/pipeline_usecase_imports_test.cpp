// The posting importer over the in-memory store: start_import's checks and the queue, run_import's outcomes with a
// table fetcher and parser, the upsert by normalised URL, resume_imports, get_run and import_html.
#include <catch2/catch.hpp>

#include "pipeline_usecase_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using pipeline::run_status;

namespace {

ports::fetch_response page(std::string body, int status = 200, std::string final_url = {}) {
    return ports::fetch_response{std::move(final_url), status, {}, std::move(body)};
}

ports::job_posting posting(std::string title, std::optional<std::string> company = "Acme") {
    ports::job_posting p;
    p.title = std::move(title);
    p.company = std::move(company);
    p.description = "Build the payments platform in C++.";
    p.location = "Berlin, Germany";
    p.remote = true;
    p.salary_min = 60'000;
    p.salary_max = 80'000;
    p.salary_currency = "EUR";
    return p;
}

}  // namespace

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: start_import checks the URL and queues a run",
                 "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    REQUIRE_FIELD_ERRORS(pipeline::start_import(psvc, ada, "http://jobs.example.com/1"),
                         {.path = {"url"}, .code = field_code::not_a_url, .expected = "https"});
    REQUIRE_FIELD_ERRORS(pipeline::start_import(psvc, ada, "ftp://jobs.example.com/1"),
                         {.path = {"url"}, .code = field_code::not_a_url, .expected = "https"});
    REQUIRE_FIELD_ERRORS(pipeline::start_import(psvc, ada, "https://"),
                         {.path = {"url"}, .code = field_code::not_a_url, .expected = "https"});
    REQUIRE_FIELD_ERRORS(pipeline::start_import(psvc, ada, "https://jobs.example.com/\xff"),
                         {.path = {"url"}, .code = field_code::not_a_url, .expected = "https"});
    const std::string long_url = "https://jobs.example.com/" + std::string(476, 'a');  // 501 characters
    REQUIRE_FIELD_ERRORS(pipeline::start_import(psvc, ada, long_url),
                         {.path = {"url"}, .code = field_code::too_long, .limit = 500});
    CHECK(queue.tasks.empty());

    tick();
    const auto run = pipeline::start_import(psvc, ada, "https://jobs.example.com/1");
    REQUIRE(run.has_value());
    CHECK(run->status == run_status::queued);
    CHECK(run->user_id == ada.user_id);
    CHECK(run->url == "https://jobs.example.com/1");
    CHECK(run->created_at == clock.now());
    CHECK(stored_run(run->id) == *run);
    CHECK(queue.tasks.size() == 1);
    CHECK(fetcher.requests.empty());  // nothing is fetched on the request

    psvc.allow_plain_http = true;
    const auto plain = pipeline::start_import(psvc, ada, "HTTP://intranet.example/2");
    REQUIRE(plain.has_value());
    REQUIRE_FIELD_ERRORS(pipeline::start_import(psvc, ada, "ftp://intranet.example/2"),
                         {.path = {"url"}, .code = field_code::not_a_url, .expected = "http"});

    CHECK_FALSE(pipeline::start_import(psvc, uc::actor{"no-such-user"}, "https://jobs.example.com/1").has_value());
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: a full queue is rate_limited and the run is failed",
                 "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    queue.full = true;
    const auto refused = pipeline::start_import(psvc, ada, "https://jobs.example.com/1");
    REQUIRE_ERROR(refused, error_kind::rate_limited, "The import queue is full; try again shortly");
    const auto runs = store.begin(ports::access::read_only)->scraper_runs().unfinished();
    CHECK(runs.empty());  // recorded, but failed at once
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: a run fails with the reason when the page does not "
                 "give a posting", "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    auto failed_with = [&](const std::string& url) {
        tick();
        auto run = pipeline::start_import(psvc, ada, url);
        REQUIRE(run.has_value());
        tick();
        CHECK(queue.run_all() == 1);
        auto stored = stored_run(run->id);
        REQUIRE(stored.has_value());
        CHECK(stored->status == run_status::failed);
        CHECK(stored->finished_at == clock.now());
        CHECK_FALSE(stored->job_id.has_value());
        return stored->error.value_or("");
    };
    fetcher.pages["https://jobs.example.com/slow"] =
        ports::fetch_error{ports::fetch_error_kind::timeout, "", "deadline"};
    fetcher.pages["https://jobs.example.com/private"] =
        ports::fetch_error{ports::fetch_error_kind::refused_address, "10.0.0.1", "private"};
    fetcher.pages["https://jobs.example.com/missing"] = page("gone", 404);
    fetcher.pages["https://jobs.example.com/redirect"] = page("", 301);
    fetcher.pages["https://jobs.example.com/blog"] = page("<html>just a blog</html>");
    CHECK(failed_with("https://jobs.example.com/slow") == "The page did not arrive within 10 seconds");
    CHECK(failed_with("https://jobs.example.com/private") ==
          "The page's address (10.0.0.1) is private, loopback or reserved; it is not fetched");
    CHECK(failed_with("https://jobs.example.com/nowhere") == "The page's server did not accept a connection");
    CHECK(failed_with("https://jobs.example.com/missing") == "The page answered HTTP 404");
    CHECK(failed_with("https://jobs.example.com/redirect") == "The page answered HTTP 301");
    CHECK(failed_with("https://jobs.example.com/blog") == "No job posting was found on the page");
    CHECK(fetcher.requests.size() == 6);
    CHECK(fetcher.requests.front().method == ports::http_method::get);
    CHECK(pipeline::list_jobs(psvc, ada, {})->total == 0);

    // A run that is already finished is not run again.
    const auto run = pipeline::start_import(psvc, ada, "https://jobs.example.com/slow");
    REQUIRE(run.has_value());
    CHECK(queue.run_all() == 1);
    pipeline::run_import(psvc, run->id);
    CHECK(fetcher.requests.size() == 7);
    pipeline::run_import(psvc, "no-such-run");
    CHECK(fetcher.requests.size() == 7);
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: a posting creates the job, a second import of the "
                 "same URL updates it", "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    const std::string first_url = "https://www.linkedin.com/jobs/view/42?utm_source=newsletter";
    fetcher.pages[first_url] = page("<posting v1>", 200, first_url);
    parser.postings["<posting v1>"] = posting("Backend Engineer");
    tick();
    const auto run = pipeline::start_import(psvc, ada, first_url);
    REQUIRE(run.has_value());
    tick();
    CHECK(queue.run_all() == 1);
    const auto done = stored_run(run->id);
    REQUIRE(done.has_value());
    CHECK(done->status == run_status::done);
    CHECK(done->created);
    CHECK(done->finished_at == clock.now());
    CHECK_FALSE(done->error.has_value());
    REQUIRE(done->job_id.has_value());
    CHECK(parser.page_urls == std::vector<std::string>{first_url});

    const auto created = pipeline::get_job(psvc, ada, *done->job_id);
    REQUIRE(created.has_value());
    CHECK(created->user_id == ada.user_id);
    CHECK(created->role_title == "Backend Engineer");
    CHECK(created->company_name == "Acme");
    CHECK(created->url == first_url);
    CHECK(created->applied_source == domain::source::linkedin);
    CHECK(created->location == "Berlin, Germany");
    CHECK(created->work_mode == domain::work_mode::remote);
    CHECK(created->salary_currency == "EUR");
    CHECK(created->description == "Build the payments platform in C++.");

    // The same job under another spelling of its URL (host case, trailing slash, other tracking parameters).
    const std::string second_url = "https://WWW.LinkedIn.com/jobs/view/42/?utm_campaign=x&gclid=1";
    fetcher.pages[second_url] = page("<posting v2>", 200, second_url);
    parser.postings["<posting v2>"] = posting("Staff Backend Engineer", "Acme GmbH");
    tick();
    const auto again = pipeline::start_import(psvc, ada, second_url);
    REQUIRE(again.has_value());
    CHECK(queue.run_all() == 1);
    const auto updated_run = stored_run(again->id);
    REQUIRE(updated_run.has_value());
    CHECK(updated_run->status == run_status::done);
    CHECK_FALSE(updated_run->created);
    CHECK(updated_run->job_id == done->job_id);
    const auto updated = pipeline::get_job(psvc, ada, *done->job_id);
    REQUIRE(updated.has_value());
    CHECK(updated->role_title == "Staff Backend Engineer");
    CHECK(updated->company_name == "Acme GmbH");
    CHECK(updated->url == first_url);
    CHECK(pipeline::list_jobs(psvc, ada, {})->total == 1);

    // Another user's import of the same URL is their own job; a deleted job is not updated but replaced.
    const auto bob = user("bob");
    const auto bobs = pipeline::start_import(psvc, bob, first_url);
    REQUIRE(bobs.has_value());
    CHECK(queue.run_all() == 1);
    CHECK(stored_run(bobs->id)->created);
    CHECK(stored_run(bobs->id)->job_id != done->job_id);
    REQUIRE(pipeline::delete_job(psvc, ada, *done->job_id).has_value());
    queue.tasks.clear();
    const auto after_delete = pipeline::start_import(psvc, ada, first_url);
    REQUIRE(after_delete.has_value());
    CHECK(queue.run_all() == 1);
    CHECK(stored_run(after_delete->id)->created);
    CHECK(stored_run(after_delete->id)->job_id != done->job_id);
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: the source and company come from the URL's host when "
                 "the posting does not name them", "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    auto imported = [&](const std::string& url, std::optional<std::string> company) {
        fetcher.pages[url] = page("<" + url + ">");
        parser.postings["<" + url + ">"] = posting("Engineer", std::move(company));
        tick();
        auto run = pipeline::start_import(psvc, ada, url);
        REQUIRE(run.has_value());
        REQUIRE(queue.run_all() == 1);
        auto stored = stored_run(run->id);
        REQUIRE(stored->status == run_status::done);
        return pipeline::get_job(psvc, ada, *stored->job_id).value();
    };
    const auto indeed = imported("https://de.indeed.com/viewjob?jk=1", "Acme");
    CHECK(indeed.applied_source == domain::source::indeed);
    const auto glassdoor = imported("https://www.glassdoor.com/job/2", "Acme");
    CHECK(glassdoor.applied_source == domain::source::glassdoor);
    const auto own_site = imported("https://careers.acme.example:8443/jobs/3", std::nullopt);
    CHECK(own_site.applied_source == domain::source::company_website);
    CHECK(own_site.company_name == "careers.acme.example");
    const auto lookalike = imported("https://notlinkedin.com/jobs/4", "Acme");
    CHECK(lookalike.applied_source == domain::source::company_website);
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: resume_imports posts the queued and running runs again",
                 "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    const std::string url = "https://jobs.example.com/1";
    fetcher.pages[url] = page("<posting>");
    parser.postings["<posting>"] = posting("Engineer");
    auto make_run = [&](const std::string& id, run_status status) {
        pipeline::scraper_run r{.id = id, .user_id = ada.user_id, .url = url, .status = status,
                                .created_at = clock.now()};
        if (status == run_status::failed) r.error = "earlier";
        auto uow = store.begin(ports::access::read_write);
        uow->scraper_runs().insert(r);
        uow->commit();
    };
    make_run("run-queued", run_status::queued);
    make_run("run-running", run_status::running);  // the previous process died mid-fetch
    make_run("run-done", run_status::done);
    make_run("run-failed", run_status::failed);
    pipeline::resume_imports(psvc);
    CHECK(queue.tasks.size() == 2);
    CHECK(queue.run_all() == 2);
    CHECK(stored_run("run-queued")->status == run_status::done);
    CHECK(stored_run("run-running")->status == run_status::done);
    CHECK(stored_run("run-queued")->created);
    CHECK_FALSE(stored_run("run-running")->created);  // the same URL: the second updated the first's job
    CHECK(stored_run("run-failed")->error == "earlier");
    CHECK(fetcher.requests.size() == 2);
    pipeline::resume_imports(psvc);
    CHECK(queue.tasks.empty());
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: get_run answers the owner only",
                 "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto run = pipeline::start_import(psvc, ada, "https://jobs.example.com/1");
    REQUIRE(run.has_value());
    CHECK(pipeline::get_run(psvc, ada, run->id).value() == *run);
    REQUIRE_ERROR(pipeline::get_run(psvc, bob, run->id), error_kind::forbidden, "Not your run");
    REQUIRE_ERROR(pipeline::get_run(psvc, ada, "nope"), error_kind::not_found, "Run not found");
    REQUIRE_ERROR(pipeline::get_run(psvc, ada, "\xff\xff"), error_kind::not_found, "Run not found");
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline imports: import_html validates, parses and upserts at once",
                 "[pipeline][usecases][imports]") {
    const auto ada = user("ada");
    REQUIRE_FIELD_ERRORS(pipeline::import_html(psvc, ada, " \n\t", std::nullopt),
                         {.path = {"html"}, .code = field_code::missing});
    REQUIRE_FIELD_ERRORS(pipeline::import_html(psvc, ada, std::string(pipeline::max_html_bytes + 1, 'x'), std::nullopt),
                         {.path = {"html"}, .code = field_code::too_long,
                          .limit = static_cast<long long>(pipeline::max_html_bytes)});
    REQUIRE_FIELD_ERRORS(pipeline::import_html(psvc, ada, "<p>", std::string{"ftp://x.example/1"}),
                         {.path = {"url"}, .code = field_code::not_a_url, .expected = "http"});
    REQUIRE_FIELD_ERRORS(pipeline::import_html(psvc, ada, "<p>no posting</p>", std::nullopt),
                         {.path = {"html"}, .code = field_code::malformed, .expected = "job posting"});

    parser.postings["<posting>"] = posting("Data Engineer");
    const auto first = pipeline::import_html(psvc, ada, "<posting>", std::string{"http://jobs.example.com/7?utm_source=x"});
    REQUIRE(first.has_value());
    CHECK(first->created);
    CHECK(first->job.role_title == "Data Engineer");
    CHECK(first->job.url == "http://jobs.example.com/7?utm_source=x");
    CHECK(fetcher.requests.empty());
    CHECK(queue.tasks.empty());
    parser.postings["<posting v2>"] = posting("Senior Data Engineer");
    const auto second = pipeline::import_html(psvc, ada, "<posting v2>", std::string{"http://JOBS.example.com/7/"});
    REQUIRE(second.has_value());
    CHECK_FALSE(second->created);
    CHECK(second->job.id == first->job.id);
    CHECK(second->job.role_title == "Senior Data Engineer");
    // Without a URL every import is a new job.
    const auto loose = pipeline::import_html(psvc, ada, "<posting>", std::nullopt);
    REQUIRE(loose.has_value());
    CHECK(loose->created);
    CHECK_FALSE(loose->job.url.has_value());
    CHECK(loose->job.applied_source == domain::source::company_website);
    CHECK(loose->job.company_name == "Acme");
}
