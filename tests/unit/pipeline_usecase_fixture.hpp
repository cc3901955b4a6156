// The Pipeline use-case fixture: the seeker's core fixture (memory store and fakes, clock fixed at
// 2026-03-15T10:00:00Z) plus the Pipeline's ports as fakes written here: a fetcher that answers from a table, a
// posting parser that knows pages by their exact text, and a task queue that holds tasks until a test runs them.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <offertracker/pipeline/accounts.hpp>
#include <offertracker/pipeline/analytics.hpp>
#include <offertracker/pipeline/imports.hpp>
#include <offertracker/pipeline/jobs.hpp>
#include <offertracker/pipeline/services.hpp>

#include "core_fixture.hpp"
#include "test_extractor.hpp"

namespace offertracker::test {

// Answers each URL from `pages`; any other URL is a connection failure. Records what it was asked.
class table_fetcher final : public ports::http_fetcher {
public:
    std::map<std::string, ports::fetch_result> pages;
    std::vector<ports::fetch_request> requests;

    ports::fetch_result fetch(const ports::fetch_request& request, const ports::fetch_options&) override {
        requests.push_back(request);
        if (auto it = pages.find(request.url); it != pages.end()) return it->second;
        return ports::fetch_error{ports::fetch_error_kind::connect_failed, "", "no such page in the table"};
    }
};

// Knows a page by its exact text; any other page holds no posting. Records the page URLs it was given.
class table_parser final : public ports::posting_parser {
public:
    std::map<std::string, ports::job_posting, std::less<>> postings;
    mutable std::vector<std::string> page_urls;

    std::optional<ports::job_posting> parse(std::string_view html, std::string_view page_url) const override {
        page_urls.emplace_back(page_url);
        if (auto it = postings.find(html); it != postings.end()) return it->second;
        return std::nullopt;
    }
};

// Holds posted tasks until run_all(); refuses them while `full`.
class held_queue final : public ports::task_queue {
public:
    bool full = false;
    std::vector<std::function<void()>> tasks;

    bool post(std::function<void()> task) override {
        if (full) return false;
        tasks.push_back(std::move(task));
        return true;
    }
    // Runs every held task, and those they post, in order; returns how many ran.
    std::size_t run_all() {
        std::size_t ran = 0;
        while (!tasks.empty()) {
            auto next = std::move(tasks.front());
            tasks.erase(tasks.begin());
            next();
            ++ran;
        }
        return ran;
    }
};

struct pipeline_usecase_fixture : core_fixture {
    text_file_extractor extractor;
    table_parser parser;
    table_fetcher fetcher;
    held_queue queue;
    pipeline::services psvc{svc, extractor, parser, fetcher, queue};

    // A Pipeline job created through the use case, a second after the previous record.
    domain::application job(const uc::actor& who, pipeline::job_command cmd = {}) {
        tick();
        if (cmd.company_name.empty()) cmd.company_name = "Acme";
        if (cmd.job_title.empty()) cmd.job_title = "Backend Engineer";
        auto j = pipeline::create_job(psvc, who, cmd);
        REQUIRE(j.has_value());
        return *j;
    }

    // Straight from the store, a soft-deleted row included.
    std::optional<domain::application> stored_any(const domain::id& id) {
        return store.begin(ports::access::read_only)->applications().find_any(id);
    }
    std::optional<pipeline::scraper_run> stored_run(const domain::id& id) {
        return store.begin(ports::access::read_only)->scraper_runs().find(id);
    }
};

// The paths of a validation error's field errors (first element of each), in order.
template <class R>
std::vector<std::string> error_fields(const R& r) {
    std::vector<std::string> out;
    if (r.has_value() || r.error().kind != domain::error_kind::validation) return out;
    for (const auto& f : r.error().field_errors) out.push_back(f.path.empty() ? std::string{} : f.path.front());
    return out;
}

}  // namespace offertracker::test
