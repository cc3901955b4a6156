// Contract of ports::candidate_repository, run against every Recruiting store.
#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

namespace {

recruiting::candidate full_candidate(int n, record_id org_id) {
    auto c = make_candidate(n, org_id);
    c.full_name = "Zoë O'Brien-Ødegaard 東京";
    c.headline = "Builds \"things\"";
    c.location = "Zürich";
    c.experience_years = 12;
    c.current_title = "Staff Engineer";
    c.current_company = "Acme & Co";
    c.linkedin_url = "https://linkedin.com/in/zoe";
    c.github_url = "https://github.com/zoe";
    c.website_url = "https://zoe.example.com/?a=b&c=d";
    c.notes = "line1\nline2 100%_";
    c.email = "Zoe@Example.com";
    c.phone = "+41 44 000 00 00";
    c.skills = {"c++", "go", "ünïcode"};
    c.resume_text = std::string(20000, 'x') + " tail";
    c.created_at = at(2, 999999);
    c.updated_at = at(3, 1);
    return c;
}

}  // namespace

TEST_CASE("recruiting candidates: create then get returns every field", "[contract][recruiting][candidates]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto minimal = make_candidate(1, orgs.a);
        auto full = full_candidate(2, orgs.a);
        write(*store, [&](auto& uow) {
            minimal.id = uow.candidates().create(minimal);
            full.id = uow.candidates().create(full);
        });
        CHECK(minimal.id == 1);
        CHECK(full.id == 2);
        read(*store, [&](auto& uow) {
            CHECK(uow.candidates().get(orgs.a, minimal.id) == minimal);
            CHECK(uow.candidates().get(orgs.a, full.id) == full);
            CHECK_FALSE(uow.candidates().get(orgs.b, full.id).has_value());
            CHECK_FALSE(uow.candidates().get(orgs.a, 3).has_value());
            return 0;
        });
    }
}

TEST_CASE("recruiting candidates: list is newest first, searched by name, paged, with the total; all is capped",
          "[contract][recruiting][candidates]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        const std::vector<std::string> names{"Ada Lovelace",     "ada LOVELACE jr", "Grace_Hopper", "GraceXHopper",
                                             "Percent 100% Sure", "Percent 1000 Sure", "Ådne Øye"};
        write(*store, [&](auto& uow) {
            int n = 1;
            for (const auto& name : names) {
                auto c = make_candidate(n++, orgs.a);
                c.full_name = name;
                uow.candidates().create(c);
            }
            auto other = make_candidate(99, orgs.b);
            other.full_name = "Ada Lovelace";
            uow.candidates().create(other);
        });
        auto list = [&](std::optional<std::string> q, ports::page p = {}) {
            return read(*store, [&](auto& uow) {
                auto page = uow.candidates().list(orgs.a, q, p);
                return std::pair{ids_of(page.items), page.total};
            });
        };
        using ids = std::vector<record_id>;
        CHECK(list(std::nullopt) == std::pair{ids{7, 6, 5, 4, 3, 2, 1}, std::size_t{7}});
        CHECK(list(std::nullopt, {.skip = 5, .limit = 5}) == std::pair{ids{2, 1}, std::size_t{7}});
        CHECK(list("ADA lovelace") == std::pair{ids{2, 1}, std::size_t{2}});
        CHECK(list("ada", {.skip = 1, .limit = 1}) == std::pair{ids{1}, std::size_t{2}});
        CHECK(list("e_h") == std::pair{ids{3}, std::size_t{1}});
        CHECK(list("100%") == std::pair{ids{5}, std::size_t{1}});
        CHECK(list("%") == std::pair{ids{5}, std::size_t{1}});
        CHECK(list("Ådne") == std::pair{ids{7}, std::size_t{1}});
        CHECK(list("nobody") == std::pair{ids{}, std::size_t{0}});
        read(*store, [&](auto& uow) {
            CHECK(ids_of(uow.candidates().all(orgs.a, 3)) == ids{7, 6, 5});
            CHECK(ids_of(uow.candidates().all(orgs.b, 100)) == ids{8});
            CHECK(uow.candidates().list(orgs.b, std::nullopt, {}).total == 1);
            return 0;
        });
    }
}

TEST_CASE("recruiting candidates: find_similar matches the email in any case or an exact profile URL, in the org",
          "[contract][recruiting][candidates]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        write(*store, [&](auto& uow) {
            auto c1 = make_candidate(1, orgs.a);  // id 1
            c1.email = "Dup@Example.com";
            auto c2 = make_candidate(2, orgs.a);  // id 2
            c2.linkedin_url = "https://linkedin.com/in/dup";
            auto c3 = make_candidate(3, orgs.a);  // id 3
            c3.github_url = "https://github.com/dup";
            c3.website_url = "https://dup.example.com";
            auto c4 = make_candidate(4, orgs.b);  // id 4: another org, same email and URL
            c4.email = "dup@example.com";
            c4.linkedin_url = "https://linkedin.com/in/dup";
            auto c5 = make_candidate(5, orgs.a);  // id 5: nothing to match
            auto c6 = make_candidate(6, orgs.a);  // id 6: a look-alike email
            c6.email = "dup@example_com";
            for (const auto& c : {c1, c2, c3, c4, c5, c6}) uow.candidates().create(c);
        });
        read(*store, [&](auto& uow) {
            auto& cands = uow.candidates();
            using ids = std::vector<record_id>;
            CHECK(cands.find_similar(orgs.a, "DUP@example.COM", {}, 0) == ids{1});
            CHECK(cands.find_similar(orgs.a, "dup@example.com", {}, 1).empty());  // but itself
            CHECK(cands.find_similar(orgs.a, std::nullopt, {"https://linkedin.com/in/dup"}, 0) == ids{2});
            CHECK(cands.find_similar(orgs.a, std::nullopt, {"https://LINKEDIN.com/in/dup"}, 0).empty());
            CHECK(cands.find_similar(orgs.a, std::nullopt, {"https://dup.example.com", "https://github.com/dup"}, 0) ==
                  ids{3});
            const std::vector<std::string> both{"https://github.com/dup", "https://linkedin.com/in/dup"};
            CHECK(cands.find_similar(orgs.a, "dup@example.com", both, 0) == ids{1, 2, 3});
            CHECK(cands.find_similar(orgs.a, "dup@example.com", {"https://github.com/dup"}, 3) == ids{1});
            CHECK(cands.find_similar(orgs.b, "dup@example.com", {"https://linkedin.com/in/dup"}, 0) == ids{4});
            // Empty inputs match nothing, even candidates whose fields are empty.
            CHECK(cands.find_similar(orgs.a, std::nullopt, {}, 0).empty());
            CHECK(cands.find_similar(orgs.a, "", {""}, 0).empty());
            CHECK(cands.find_similar(orgs.a, "dup%", {"%"}, 0).empty());
            return 0;
        });
    }
}

TEST_CASE("recruiting candidates: update writes the record, only in its org", "[contract][recruiting][candidates]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto original = full_candidate(1, orgs.a);
        original.id = write(*store, [&](auto& uow) { return uow.candidates().create(original); });
        auto changed = make_candidate(2, orgs.a);
        changed.id = original.id;
        changed.created_at = original.created_at;
        changed.full_name = "Renamed";
        changed.skills = {"python"};
        changed.updated_at = at(40);
        write(*store, [&](auto& uow) {
            auto foreign = changed;
            foreign.org_id = orgs.b;
            CHECK_FALSE(uow.candidates().update(foreign));
            auto absent = changed;
            absent.id = 7;
            CHECK_FALSE(uow.candidates().update(absent));
            CHECK(uow.candidates().update(changed));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.candidates().get(orgs.a, original.id) == changed);
            return 0;
        });
    }
}

TEST_CASE("recruiting candidates: remove takes the candidate's applications, their history and match logs",
          "[contract][recruiting][candidates]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        struct ids {
            record_id job, gone, kept, app_gone, app_kept;
        };
        const auto made = write(*store, [&](auto& uow) {
            ids i;
            i.job = uow.jobs().create(make_job(1, orgs.a));
            i.gone = uow.candidates().create(make_candidate(1, orgs.a));
            i.kept = uow.candidates().create(make_candidate(2, orgs.a));
            i.app_gone = uow.pipeline().create(make_application(orgs.a, i.job, i.gone));
            i.app_kept = uow.pipeline().create(make_application(orgs.a, i.job, i.kept));
            for (record_id app : {i.app_gone, i.app_kept})
                uow.pipeline().add_change({.org_id = orgs.a, .application_id = app,
                                           .to_status = recruiting::application_status::applied,
                                           .changed_by_user_id = 1, .changed_at = at(1)});
            uow.match_logs().add({{.org_id = orgs.a, .job_id = i.job, .candidate_id = i.gone, .score = 1,
                                   .reason = "", .requested_by_user_id = 1, .created_at = at(1)},
                                  {.org_id = orgs.a, .job_id = i.job, .candidate_id = i.kept, .score = 2,
                                   .reason = "", .requested_by_user_id = 1, .created_at = at(2)}});
            return i;
        });
        write(*store, [&](auto& uow) {
            CHECK_FALSE(uow.candidates().remove(orgs.b, made.gone));  // another org cannot
            CHECK(uow.candidates().remove(orgs.a, made.gone));
            CHECK_FALSE(uow.candidates().remove(orgs.a, made.gone));
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.candidates().get(orgs.a, made.gone).has_value());
            CHECK_FALSE(uow.pipeline().get(orgs.a, made.app_gone).has_value());
            CHECK(uow.pipeline().history(orgs.a, made.app_gone).empty());
            CHECK(uow.pipeline().history(orgs.a, made.app_kept).size() == 1);
            CHECK(ids_of(uow.pipeline().list(orgs.a, {}, {}).items) == std::vector{made.app_kept});
            const auto logs = uow.match_logs().list(orgs.a, {});
            REQUIRE(logs.total == 1);
            CHECK(logs.items.at(0).candidate_id == made.kept);
            CHECK(uow.jobs().get(orgs.a, made.job).has_value());
            return 0;
        });
    }
}
