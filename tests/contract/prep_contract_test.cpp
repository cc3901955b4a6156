// Contract of ports::prep_repository and ports::browser_session_repository, run against every store.
#include <catch2/catch.hpp>

#include <offertracker/prep/records.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

prep::practice_session make_session(int n, const domain::id& user_id) {
    prep::practice_session s;
    s.user_id = user_id;
    s.job_title = "Backend Engineer " + std::to_string(n);
    s.company_name = "Prep Co " + std::to_string(n);
    s.created_at = at(2000 + n, 1);
    return s;
}

// Every optional set, text that breaks naive quoting, and a feedback with every list filled.
prep::practice_session make_full_session(const domain::id& user_id, const domain::id& application_id) {
    auto s = make_session(9, user_id);
    s.job_title = "Ingénieur·e « backend » — 東京 🚀";
    s.company_name = "O'Brien \"Data\"; DROP TABLE users; --";
    s.cv_text = "Line 1\nLine 2\t\\ 100% _done_ [\"not\", \"json\"]";
    s.cv_filename = "cv (final).pdf";
    s.job_description_text = std::string(5000, 'x') + " PostgreSQL, Kubernetes";
    s.application_id = application_id;
    s.completed_at = at(2100, 999999);
    prep::feedback f;
    f.score = 7;
    f.strengths = {"Clear \"STAR\" structure", "", "数字 🚀"};
    f.weaknesses = {"No result in answer 2\nand 3"};
    f.cv_improvements = {"Mention Kubernetes", "\\escaped\\"};
    f.answers = {{0, 8, {"situation", "action", "result"}, {"Strong: names the outcome."}},
                 {1, 3, {}, {}},
                 {2, 10, {"situation", "task", "action", "result"}, {"a", "b \"c\""}}};
    f.written_by = "model";
    s.result = f;
    return s;
}

prep::turn make_turn(prep::session_id session, int position) {
    prep::turn t;
    t.session = session;
    t.position = position;
    t.question = "Question " + std::to_string(position) + "?";
    t.source = prep::question_source::skill;
    t.topic = "PostgreSQL";
    t.asked_at = at(3000 + position, 5);
    return t;
}

prep::browser_session make_browser_session(int n, const domain::id& user_id, domain::timestamp expires_at) {
    prep::browser_session b;
    b.key_digest = std::string(63, 'a') + std::to_string(n % 10);
    b.user_id = user_id;
    b.created_at = at(4000 + n, 1);
    b.expires_at = expires_at;
    return b;
}

std::vector<prep::session_id> ids_of_sessions(const std::vector<prep::practice_session>& rows) {
    std::vector<prep::session_id> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("prep: create assigns increasing ids from 1 and get returns every field", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        auto minimal = make_session(1, owner.id);
        minimal.id = 77;  // ignored
        auto full = make_full_session(owner.id, app.id);
        prep::session_id first = 0, second = 0;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            first = uow.prep().create(minimal);
            second = uow.prep().create(full);
        });
        CHECK(first == 1);
        CHECK(second == 2);
        minimal.id = first;
        full.id = second;
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().get(owner.id, first) == minimal);
            CHECK(uow.prep().get(owner.id, second) == full);
            CHECK_FALSE(uow.prep().get(owner.id, 3).has_value());
            return 0;
        });
    }
}

TEST_CASE("prep: every question source and an unanswered and answered turn round-trip", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        std::vector<prep::turn> wanted;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            const auto id = uow.prep().create(make_session(1, owner.id));
            const prep::question_source sources[] = {prep::question_source::skill, prep::question_source::behavioural,
                                                     prep::question_source::bank, prep::question_source::follow_up,
                                                     prep::question_source::model};
            int position = 0;
            for (auto source : sources) {
                auto t = make_turn(id, position++);
                t.source = source;
                if (position % 2 == 0) {
                    t.answer = "I led the \"migration\"; latency fell 40%.\n東京";
                    t.answered_at = at(3500 + position, 123456);
                }
                wanted.push_back(t);
            }
            // Written out of order: turns() orders by position.
            for (auto it = wanted.rbegin(); it != wanted.rend(); ++it) uow.prep().put_turn(*it);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().turns(1) == wanted);
            CHECK(uow.prep().turns(2).empty());
            return 0;
        });
    }
}

TEST_CASE("prep: create refuses an unknown user or application", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        write(*store, [&](auto& uow) { uow.users().insert(owner); });
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->prep().create(make_session(1, uuid(table::user, 2))), ports::storage_error);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            auto s = make_session(1, owner.id);
            s.application_id = uuid(table::application, 1);
            CHECK_THROWS_AS(uow->prep().create(s), ports::storage_error);
        }
    }
}

TEST_CASE("prep: owner_of names any user's session; get, list and count see only the owner's",
          "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        prep::session_id mine = 0, theirs = 0;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            mine = uow.prep().create(make_session(1, owner.id));
            theirs = uow.prep().create(make_session(2, other.id));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().owner_of(mine) == owner.id);
            CHECK(uow.prep().owner_of(theirs) == other.id);
            CHECK_FALSE(uow.prep().owner_of(theirs + 1).has_value());
            CHECK_FALSE(uow.prep().get(owner.id, theirs).has_value());
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {})) == std::vector{mine});
            CHECK(uow.prep().count(owner.id) == 1);
            CHECK(uow.prep().count(uuid(table::user, 3)) == 0);
            CHECK(uow.prep().list(uuid(table::user, 3), {}).empty());
            return 0;
        });
    }
}

TEST_CASE("prep: list is newest first (created_at desc, then id desc), paged", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        // Creation order is not time order; two sessions share an instant (the later id comes first).
        const std::vector<domain::timestamp> times{at(10), at(30), at(20), at(30), at(30, 1), at(5)};
        std::vector<prep::session_id> ids;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (auto t : times) {
                auto s = make_session(static_cast<int>(ids.size()), owner.id);
                s.created_at = t;
                ids.push_back(uow.prep().create(s));
            }
        });
        const std::vector<prep::session_id> newest_first{ids[4], ids[3], ids[1], ids[2], ids[0], ids[5]};
        read(*store, [&](auto& uow) {
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {})) == newest_first);
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {0, 2})) ==
                  std::vector<prep::session_id>{newest_first[0], newest_first[1]});
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {2, 3})) ==
                  std::vector<prep::session_id>{newest_first[2], newest_first[3], newest_first[4]});
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {5, 10})) == std::vector{newest_first[5]});
            CHECK(uow.prep().list(owner.id, {6, 10}).empty());
            CHECK(uow.prep().count(owner.id) == times.size());
            return 0;
        });
    }
}

TEST_CASE("prep: update writes every field but id, user_id and created_at, and only the owner's",
          "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto app = make_application(1, owner.id);
        auto original = make_session(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            uow.applications().insert(app);
            original.id = uow.prep().create(original);
        });
        auto changed = make_full_session(owner.id, app.id);
        changed.id = original.id;
        changed.created_at = at(9999);  // not written
        auto expected = changed;
        expected.created_at = original.created_at;
        write(*store, [&](auto& uow) {
            CHECK(uow.prep().update(changed));
            auto foreign = changed;
            foreign.user_id = other.id;
            foreign.job_title = "Stolen";
            CHECK_FALSE(uow.prep().update(foreign));
            auto missing = changed;
            missing.id = original.id + 1;
            CHECK_FALSE(uow.prep().update(missing));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().get(owner.id, original.id) == expected);
            return 0;
        });
        // And back: a retried question clears the completion and the feedback.
        auto reopened = expected;
        reopened.completed_at.reset();
        reopened.result.reset();
        reopened.cv_text.reset();
        reopened.application_id.reset();
        write(*store, [&](auto& uow) { CHECK(uow.prep().update(reopened)); });
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().get(owner.id, original.id) == reopened);
            return 0;
        });
    }
}

TEST_CASE("prep: put_turn inserts or replaces the turn at its position; an unknown session is refused",
          "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        prep::session_id a = 0, b = 0;
        auto first = make_turn(0, 0);
        auto second = make_turn(0, 1);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            a = uow.prep().create(make_session(1, owner.id));
            b = uow.prep().create(make_session(2, owner.id));
            first.session = a;
            second.session = a;
            uow.prep().put_turn(first);
            uow.prep().put_turn(second);
            auto elsewhere = make_turn(b, 0);
            elsewhere.question = "In b";
            uow.prep().put_turn(elsewhere);
        });
        auto answered = first;
        answered.answer = "Situation: the build broke. Result: fixed in 2 hours.";
        answered.answered_at = at(3600, 7);
        auto retried = second;
        retried.question = "A different question?";
        retried.source = prep::question_source::follow_up;
        retried.topic = "result";
        write(*store, [&](auto& uow) {
            uow.prep().put_turn(answered);
            uow.prep().put_turn(retried);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().turns(a) == std::vector{answered, retried});
            REQUIRE(uow.prep().turns(b).size() == 1);
            CHECK(uow.prep().turns(b)[0].question == "In b");
            return 0;
        });
        auto uow = store->begin(ports::access::read_write);
        CHECK_THROWS_AS(uow->prep().put_turn(make_turn(b + 1, 0)), ports::storage_error);
    }
}

TEST_CASE("prep: remove takes the session with its turns, and only the owner's", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        prep::session_id gone = 0, kept = 0;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            gone = uow.prep().create(make_session(1, owner.id));
            kept = uow.prep().create(make_session(2, owner.id));
            for (int i = 0; i < 3; ++i) uow.prep().put_turn(make_turn(gone, i));
            uow.prep().put_turn(make_turn(kept, 0));
        });
        write(*store, [&](auto& uow) {
            CHECK_FALSE(uow.prep().remove(other.id, gone));
            CHECK_FALSE(uow.prep().remove(owner.id, kept + 1));
            CHECK(uow.prep().remove(owner.id, gone));
            CHECK_FALSE(uow.prep().remove(owner.id, gone));
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.prep().owner_of(gone).has_value());
            CHECK(uow.prep().turns(gone).empty());
            CHECK(uow.prep().turns(kept).size() == 1);
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {})) == std::vector{kept});
            return 0;
        });
        // A removed session's id is never handed out again.
        prep::session_id next = 0;
        write(*store, [&](auto& uow) { next = uow.prep().create(make_session(3, owner.id)); });
        CHECK(next > kept);
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().turns(next).empty());
            return 0;
        });
    }
}

TEST_CASE("prep: removing the application keeps its sessions, unlinked", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        auto s = make_session(1, owner.id);
        s.application_id = app.id;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            s.id = uow.prep().create(s);
        });
        write(*store, [&](auto& uow) { uow.applications().remove(app.id); });
        auto unlinked = s;
        unlinked.application_id.reset();
        read(*store, [&](auto& uow) {
            CHECK(uow.prep().get(owner.id, s.id) == unlinked);
            return 0;
        });
    }
}

TEST_CASE("prep: a unit destroyed without commit leaves no session, turn or change behind", "[contract][prep]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        auto kept = make_session(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            kept.id = uow.prep().create(kept);
        });
        {
            auto uow = store->begin(ports::access::read_write);
            const auto id = uow->prep().create(make_session(2, owner.id));
            uow->prep().put_turn(make_turn(kept.id, 0));
            auto changed = kept;
            changed.job_title = "Changed";
            CHECK(uow->prep().update(changed));
            CHECK(uow->prep().get(owner.id, id).has_value());
            CHECK(uow->prep().count(owner.id) == 2);
        }
        read(*store, [&](auto& uow) {
            CHECK(ids_of_sessions(uow.prep().list(owner.id, {})) == std::vector{kept.id});
            CHECK(uow.prep().get(owner.id, kept.id) == kept);
            CHECK(uow.prep().turns(kept.id).empty());
            return 0;
        });
    }
}

TEST_CASE("browser sessions: insert, find, remove", "[contract][browser_sessions]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto b1 = make_browser_session(1, owner.id, at(90'000, 250));
        const auto b2 = make_browser_session(2, owner.id, at(90'001));
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.browser_sessions().insert(b1);
            uow.browser_sessions().insert(b2);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.browser_sessions().find(b1.key_digest) == b1);
            CHECK(uow.browser_sessions().find(b2.key_digest) == b2);
            CHECK_FALSE(uow.browser_sessions().find(std::string(64, 'f')).has_value());
            return 0;
        });
        write(*store, [&](auto& uow) {
            CHECK(uow.browser_sessions().remove(b1.key_digest));
            CHECK_FALSE(uow.browser_sessions().remove(b1.key_digest));
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.browser_sessions().find(b1.key_digest).has_value());
            CHECK(uow.browser_sessions().find(b2.key_digest) == b2);
            return 0;
        });
    }
}

TEST_CASE("browser sessions: a taken digest throws unique_violation; an unknown user storage_error",
          "[contract][browser_sessions]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto b = make_browser_session(1, owner.id, at(90'000));
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            uow.browser_sessions().insert(b);
        });
        {
            auto uow = store->begin(ports::access::read_write);
            auto clash = make_browser_session(1, other.id, at(95'000));
            CHECK_THROWS_AS(uow->browser_sessions().insert(clash), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->browser_sessions().insert(make_browser_session(2, uuid(table::user, 3), at(90'000))),
                            ports::storage_error);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.browser_sessions().find(b.key_digest) == b);
            return 0;
        });
    }
}

TEST_CASE("browser sessions: remove_for_user ends every session of that user only", "[contract][browser_sessions]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto mine1 = make_browser_session(1, owner.id, at(90'000));
        const auto mine2 = make_browser_session(2, owner.id, at(90'000));
        const auto theirs = make_browser_session(3, other.id, at(90'000));
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            uow.browser_sessions().insert(mine1);
            uow.browser_sessions().insert(mine2);
            uow.browser_sessions().insert(theirs);
        });
        write(*store, [&](auto& uow) {
            CHECK(uow.browser_sessions().remove_for_user(owner.id) == 2);
            CHECK(uow.browser_sessions().remove_for_user(owner.id) == 0);
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.browser_sessions().find(mine1.key_digest).has_value());
            CHECK_FALSE(uow.browser_sessions().find(mine2.key_digest).has_value());
            CHECK(uow.browser_sessions().find(theirs.key_digest) == theirs);
            return 0;
        });
    }
}

TEST_CASE("browser sessions: remove_expired takes those expiring at or before now", "[contract][browser_sessions]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto now = at(90'000, 500);
        const auto past = make_browser_session(1, owner.id, at(80'000));
        const auto exactly = make_browser_session(2, owner.id, now);
        const auto just_after = make_browser_session(3, owner.id, at(90'000, 501));
        const auto future = make_browser_session(4, owner.id, at(99'000));
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& b : {past, exactly, just_after, future}) uow.browser_sessions().insert(b);
        });
        write(*store, [&](auto& uow) {
            CHECK(uow.browser_sessions().remove_expired(now) == 2);
            CHECK(uow.browser_sessions().remove_expired(now) == 0);
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.browser_sessions().find(past.key_digest).has_value());
            CHECK_FALSE(uow.browser_sessions().find(exactly.key_digest).has_value());
            CHECK(uow.browser_sessions().find(just_after.key_digest) == just_after);
            CHECK(uow.browser_sessions().find(future.key_digest) == future);
            return 0;
        });
    }
}

TEST_CASE("browser sessions: a unit destroyed without commit keeps none of its changes",
          "[contract][browser_sessions]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto kept = make_browser_session(1, owner.id, at(90'000));
        const auto added = make_browser_session(2, owner.id, at(90'000));
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.browser_sessions().insert(kept);
        });
        {
            auto uow = store->begin(ports::access::read_write);
            uow->browser_sessions().insert(added);
            CHECK(uow->browser_sessions().remove(kept.key_digest));
            CHECK(uow->browser_sessions().find(added.key_digest) == added);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.browser_sessions().find(kept.key_digest) == kept);
            CHECK_FALSE(uow.browser_sessions().find(added.key_digest).has_value());
            return 0;
        });
    }
}
