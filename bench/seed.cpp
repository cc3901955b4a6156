// offertracker-bench-seed: fills a database for scripts/bench through the real store and use cases (no HTTP, no
// per-application Argon2): one user with N applications, each with 0-3 stages and, for some, an outcome.
// Usage: offertracker-bench-seed --database URL --apps N [--username NAME] [--password P] [--seed S] [--ids-out FILE]
//        [--token-secret S]
// --ids-out writes every application id, one per line (the wrk scripts pick from them). --token-secret: the
// server's secret; the output then carries a 24 h "token" for the user, so the benchmark never has to log in
// (one Argon2 hash would otherwise raise the server's peak RSS in every scenario).
// Prints one line of JSON: {"user_id":..., "applications":N, "stages":..., "outcomes":..., "seconds":...,
// "sample_application_id":...}. The password is hashed with the production Argon2 parameters, so
// POST /auth/login against the seeded user measures real hashing.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <string_view>

#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>
#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/adapters/crypto/random_id_generator.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/sql/sql_store.hpp>
#include <offertracker/adapters/system/system_clock.hpp>
#include <offertracker/usecases/accounts.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/outcomes.hpp>
#include <offertracker/usecases/stages.hpp>

namespace {

using namespace offertracker;

[[noreturn]] void usage(std::string_view problem) {
    std::cerr << "offertracker-bench-seed: " << problem
              << "\nusage: offertracker-bench-seed --database URL --apps N [--username NAME] [--password P] [--seed S] [--ids-out FILE] [--token-secret S]\n";
    std::exit(2);
}

[[noreturn]] void fail(std::string_view what, const domain::error& e) {
    std::cerr << "offertracker-bench-seed: " << what << " failed: " << e.message << "\n";
    std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
    std::string database, username = "bench", password = "bench-password", ids_out,
                token_secret = "bench-seed-secret-not-used-by-the-server-0123456789";
    long apps = 1000;
    unsigned seed = 42;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) usage("missing value for " + std::string(arg));
        const std::string value = argv[++i];
        if (arg == "--database") database = value;
        else if (arg == "--apps") apps = std::strtol(value.c_str(), nullptr, 10);
        else if (arg == "--username") username = value;
        else if (arg == "--password") password = value;
        else if (arg == "--ids-out") ids_out = value;
        else if (arg == "--token-secret") token_secret = value;
        else if (arg == "--seed") seed = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 10));
        else usage("unknown option " + std::string(arg));
    }
    if (database.empty() || apps < 0) usage("--database is required and --apps must be >= 0");

    const auto started = std::chrono::steady_clock::now();
    adapters::sql::sql_store store(database, 1);
    store.migrate();
    adapters::system::system_clock clock;
    adapters::crypto::random_id_generator ids;
    adapters::crypto::argon2_password_hasher hasher;
    adapters::crypto::jwt_token_service tokens(token_secret, "offertracker", std::chrono::hours{24}, clock);
    adapters::memory::in_memory_file_storage files;
    adapters::memory::in_memory_throttle throttle{clock};
    adapters::memory::recording_event_log log;
    usecases::services services{store, clock, ids, hasher, tokens, files, log, throttle};

    auto registered = usecases::register_user(services, {username + "@example.com", username, password, std::nullopt});
    if (!registered) fail("register", registered.error());
    const usecases::actor who{registered->user.id};

    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    constexpr std::array companies{"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"};
    constexpr std::array roles{"Backend Engineer", "Frontend Engineer", "SRE", "Data Engineer", "Engineering Manager"};
    constexpr std::array statuses{domain::application_status::saved, domain::application_status::applied,
                                  domain::application_status::applied, domain::application_status::applied};
    constexpr std::array priorities{domain::priority::high, domain::priority::medium, domain::priority::low};
    constexpr std::array stage_names{"Recruiter call", "Phone screen", "Technical", "Onsite"};
    constexpr std::array stage_types{domain::stage_type::recruiter_call, domain::stage_type::phone_screen,
                                     domain::stage_type::technical, domain::stage_type::onsite};
    constexpr std::array results{domain::stage_result::passed, domain::stage_result::passed,
                                 domain::stage_result::failed, domain::stage_result::pending};
    constexpr std::array outcomes{domain::outcome_status::offer, domain::outcome_status::rejected,
                                  domain::outcome_status::rejected, domain::outcome_status::withdrawn};

    long stages = 0, outcome_count = 0;
    std::string sample;
    std::ofstream ids_file;
    if (!ids_out.empty()) ids_file.open(ids_out);
    const auto today = domain::to_date(clock.now());
    for (long i = 0; i < apps; ++i) {
        usecases::create_application_command app;
        app.company_name = std::string(companies[static_cast<std::size_t>(pick(companies.size()))]) + " " + std::to_string(i);
        app.role_title = roles[static_cast<std::size_t>(pick(roles.size()))];
        app.status = statuses[static_cast<std::size_t>(pick(statuses.size()))];
        app.priority = priorities[static_cast<std::size_t>(pick(priorities.size()))];
        app.location = "Remote";
        app.salary_min = 80000 + pick(40) * 1000;
        app.salary_max = *app.salary_min + 30000;
        app.notes = "Seeded by offertracker-bench-seed for load tests.";
        app.applied_date = today;
        auto created = usecases::create_application(services, who, app);
        if (!created) fail("create_application", created.error());
        const auto& id = created->application.id;
        if (i == apps / 2) sample = id;
        if (ids_file.is_open()) ids_file << id << '\n';
        const int n_stages = pick(4);
        for (int s = 0; s < n_stages; ++s) {
            usecases::create_stage_command stage;
            stage.stage_name = stage_names[static_cast<std::size_t>(s)];
            stage.stage_type = stage_types[static_cast<std::size_t>(s)];
            stage.result = results[static_cast<std::size_t>(pick(results.size()))];
            stage.duration_minutes = 30 + 15 * pick(4);
            stage.questions_asked = std::vector<std::string>{"Tell me about yourself", "Design a rate limiter"};
            auto added = usecases::add_stage(services, who, id, stage);
            if (!added) fail("add_stage", added.error());
            ++stages;
        }
        if (n_stages >= 2 && pick(2) == 0) {
            usecases::create_outcome_command outcome;
            outcome.status = outcomes[static_cast<std::size_t>(pick(outcomes.size()))];
            outcome.salary = 120000 + pick(50) * 1000;
            auto added = usecases::add_outcome(services, who, id, outcome);
            if (!added) fail("add_outcome", added.error());
            ++outcome_count;
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("{\"user_id\":\"%s\",\"applications\":%ld,\"stages\":%ld,\"outcomes\":%ld,\"seconds\":%.2f,"
                "\"sample_application_id\":\"%s\",\"token\":\"%s\"}\n",
                who.user_id.c_str(), apps, stages, outcome_count, seconds, sample.c_str(), tokens.issue(who.user_id).c_str());
    return 0;
}
