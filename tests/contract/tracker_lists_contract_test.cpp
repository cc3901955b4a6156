// Contract of the whole-user reads (applications list_all, stages and outcomes list_for_user) and of what
// deleting an application does to the issue-3 tables (docs/behaviour.md §8), run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("applications: list_all is every one of the user's applications, oldest first then id",
          "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        std::vector<domain::application> apps;
        // More than the default page of 100: list_all is not paged.
        for (int n = 1; n <= 120; ++n) {
            auto a = make_application(n, owner.id);
            a.created_at = at(1000 - (n % 7) * 10);  // many ties: id decides within each
            apps.push_back(a);
        }
        apps[3].status = domain::application_status::rejected;
        apps[4].salary_min = 5;
        const auto foreign = make_application(500, other.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (auto it = apps.rbegin(); it != apps.rend(); ++it) uow.applications().insert(*it);
            uow.applications().insert(foreign);
        });
        auto expected = apps;
        std::ranges::sort(expected, [](const auto& a, const auto& b) {
            return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().list_all(owner.id) == expected);
            CHECK(uow.applications().list_all(other.id) == std::vector{foreign});
            CHECK(uow.applications().list_all(uuid(table::user, 99)).empty());
            return 0;
        });
    }
}

TEST_CASE("stages and outcomes: list_for_user is every row of the user's applications", "[contract][stages]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto b1 = make_application(3, other.id);
        auto s1 = make_stage(1, a1.id);
        auto s2 = make_stage(2, a2.id);
        auto s3 = make_stage(3, a1.id);
        auto s4 = make_stage(4, b1.id);
        s1.created_at = at(30);
        s2.created_at = at(10);
        s3.created_at = at(10);  // ties with s2: id asc
        s4.created_at = at(0);
        s2.questions_asked = {"Why us?"};
        const auto o1 = make_outcome(1, a1.id);
        auto o2 = make_outcome(2, a2.id);
        o2.status = domain::outcome_status::offer;
        const auto o3 = make_outcome(3, b1.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& a : {a1, a2, b1}) uow.applications().insert(a);
            for (const auto& s : {s4, s3, s1, s2}) uow.stages().insert(s);
            for (const auto& o : {o3, o2, o1}) uow.outcomes().insert(o);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.stages().list_for_user(owner.id) == std::vector{s2, s3, s1});
            CHECK(uow.stages().list_for_user(other.id) == std::vector{s4});
            CHECK(uow.stages().list_for_user(uuid(table::user, 99)).empty());
            CHECK(sorted_by_id(uow.outcomes().list_for_user(owner.id)) == std::vector{o1, o2});
            CHECK(uow.outcomes().list_for_user(other.id) == std::vector{o3});
            CHECK(uow.outcomes().list_for_user(uuid(table::user, 99)).empty());
            return 0;
        });
    }
}

TEST_CASE("applications: remove deletes its documents, tag links and reminders and unlinks contacts and saved jobs",
          "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto doomed = make_application(1, owner.id);
        const auto kept = make_application(2, owner.id);
        const auto tag = make_tag(1, owner.id);
        const auto doc_doomed = make_document(1, owner.id, doomed.id);
        const auto doc_kept = make_document(2, owner.id, kept.id);
        const auto link_doomed = make_link(1, owner.id, doomed.id, tag.id);
        const auto link_kept = make_link(2, owner.id, kept.id, tag.id);
        auto rem_doomed = make_reminder(1, owner.id);
        rem_doomed.application_id = doomed.id;
        auto rem_kept = make_reminder(2, owner.id);
        rem_kept.application_id = kept.id;
        const auto rem_free = make_reminder(3, owner.id);
        auto contact_doomed = make_contact(1, owner.id);
        contact_doomed.application_id = doomed.id;
        auto contact_kept = make_contact(2, owner.id);
        contact_kept.application_id = kept.id;
        auto job_doomed = make_saved_job(1, owner.id);
        job_doomed.status = domain::saved_job_status::converted;
        job_doomed.converted_to_application_id = doomed.id;
        auto job_kept = make_saved_job(2, owner.id);
        job_kept.status = domain::saved_job_status::converted;
        job_kept.converted_to_application_id = kept.id;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(doomed);
            uow.applications().insert(kept);
            uow.tags().insert(tag);
            uow.documents().insert(doc_doomed);
            uow.documents().insert(doc_kept);
            uow.tags().assign(link_doomed);
            uow.tags().assign(link_kept);
            for (const auto& r : {rem_doomed, rem_kept, rem_free}) uow.reminders().insert(r);
            uow.contacts().insert(contact_doomed);
            uow.contacts().insert(contact_kept);
            uow.saved_jobs().insert(job_doomed);
            uow.saved_jobs().insert(job_kept);
        });
        write(*store, [&](auto& uow) { uow.applications().remove(doomed.id); });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.documents().find(doc_doomed.id).has_value());
            CHECK(uow.documents().find(doc_kept.id) == doc_kept);
            CHECK(uow.tags().list_for(doomed.id).empty());
            REQUIRE(uow.tags().list_for(kept.id).size() == 1);
            CHECK(uow.tags().list_for(kept.id)[0].first == link_kept);
            CHECK(uow.tags().find(tag.id) == tag);  // the tag itself stays
            CHECK_FALSE(uow.reminders().find(rem_doomed.id).has_value());
            CHECK(uow.reminders().find(rem_kept.id) == rem_kept);
            CHECK(uow.reminders().find(rem_free.id) == rem_free);
            auto unlinked_contact = contact_doomed;
            unlinked_contact.application_id.reset();
            CHECK(uow.contacts().find(contact_doomed.id) == unlinked_contact);
            CHECK(uow.contacts().find(contact_kept.id) == contact_kept);
            auto unlinked_job = job_doomed;  // still Converted: only the link goes
            unlinked_job.converted_to_application_id.reset();
            CHECK(uow.saved_jobs().find(job_doomed.id) == unlinked_job);
            CHECK(uow.saved_jobs().find(job_kept.id) == job_kept);
            return 0;
        });
    }
}

TEST_CASE("issue-3 rows whose parent is missing are refused with storage_error", "[contract][unit_of_work]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        write(*store, [&](auto& uow) { uow.users().insert(owner); });
        const auto ghost_user = uuid(table::user, 99);
        const auto ghost_app = uuid(table::application, 99);
        auto expect_refused = [&](auto write_row) {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(write_row(*uow), ports::storage_error);
        };
        expect_refused([&](auto& uow) { uow.contacts().insert(make_contact(1, ghost_user)); });
        expect_refused([&](auto& uow) {
            auto c = make_contact(2, owner.id);
            c.application_id = ghost_app;
            uow.contacts().insert(c);
        });
        expect_refused([&](auto& uow) { uow.reminders().insert(make_reminder(1, ghost_user)); });
        expect_refused([&](auto& uow) {
            auto r = make_reminder(2, owner.id);
            r.application_id = ghost_app;
            uow.reminders().insert(r);
        });
        expect_refused([&](auto& uow) { uow.tags().insert(make_tag(1, ghost_user)); });
        expect_refused([&](auto& uow) { uow.saved_jobs().insert(make_saved_job(1, ghost_user)); });
        expect_refused([&](auto& uow) {
            auto j = make_saved_job(2, owner.id);
            j.converted_to_application_id = ghost_app;
            uow.saved_jobs().insert(j);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.contacts().list(owner.id, {}, {}).empty());
            CHECK(uow.reminders().list(owner.id, {}, {}).empty());
            CHECK(uow.tags().list(owner.id).empty());
            CHECK(uow.saved_jobs().list(owner.id, {}, {}).empty());
            return 0;
        });
    }
}
