// The ports the Pipeline use cases call besides the seeker's: text extraction (resume files, for scoring), posting
// parsing and fetching (the importer) and the background queue the importer's fetches run on.
#pragma once

#include <chrono>

#include <offertracker/ports/http_fetcher.hpp>
#include <offertracker/ports/posting_parser.hpp>
#include <offertracker/ports/task_queue.hpp>
#include <offertracker/ports/text_extractor.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::pipeline {

using usecases::actor;

struct services {
    usecases::services& seeker;
    ports::text_extractor& extractor;
    const ports::posting_parser& parser;
    ports::http_fetcher& fetcher;
    ports::task_queue& background;
    // scraper_allow_private: the fetcher's guard admits private targets, and plain http:// URLs are fetched.
    bool allow_plain_http = false;
    // Soft-deleted jobs older than this are purged; zero: never.
    std::chrono::hours purge_after{24 * 30};
};

}  // namespace offertracker::pipeline
