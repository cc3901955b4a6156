// Importing job postings (docs/pipeline.md §6): by URL in the background, or from pasted HTML at once. Both parse
// the page with the posting parser and upsert the user's job with the same normalised URL.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/pipeline/records.hpp>
#include <offertracker/pipeline/services.hpp>

namespace offertracker::pipeline {

inline constexpr std::size_t max_html_bytes = 2 * 1024 * 1024;

// Checks the URL (absolute https, or http when services::allow_plain_http; ≤ 500 characters), records a queued run
// and posts its fetch to services::background. A full queue is a rate_limited error.
domain::result<scraper_run> start_import(services& s, const actor& who, const std::string& url);
// The background task: fetches the run's URL through the guarded fetcher and imports the page. Never throws.
void run_import(services& s, const domain::id& run_id);
// Posts every run left queued or running by a previous process again (at startup).
void resume_imports(services& s);
domain::result<scraper_run> get_run(services& s, const actor& who, const domain::id& id);

struct imported_job {
    domain::application job;
    bool created = false;
};
// Parses pasted HTML (≤ max_html_bytes) and upserts the job; `url` (if any) names where the page came from.
domain::result<imported_job> import_html(services& s, const actor& who, std::string_view html,
                                         const std::optional<std::string>& url);

}  // namespace offertracker::pipeline
