// What only the memory adapter promises: its locking rules and the behaviour of its fakes.
#include <catch2/catch.hpp>

#include <thread>

#include <offertracker/adapters/memory/fake_message_signer.hpp>
#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_store.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;
namespace memory = offertracker::adapters::memory;

TEST_CASE("in_memory_store: a read_only unit refuses writes", "[memory]") {
    memory::in_memory_store store;
    {
        auto uow = store.begin(ports::access::read_only);
        CHECK_THROWS_AS(uow->users().insert(make_user(1)), ports::storage_error);
        CHECK_THROWS_AS(uow->users().update(make_user(1)), ports::storage_error);
        CHECK_THROWS_AS(uow->applications().remove(uuid(table::application, 1)), ports::storage_error);
    }
    read(store, [](auto& uow) {
        CHECK_FALSE(uow.users().find(uuid(table::user, 1)).has_value());
        return 0;
    });
}

TEST_CASE("in_memory_store: writes after commit and a second commit throw", "[memory]") {
    memory::in_memory_store store;
    auto uow = store.begin(ports::access::read_write);
    uow->users().insert(make_user(1));
    uow->commit();
    CHECK_THROWS_AS(uow->users().insert(make_user(2)), ports::storage_error);
    CHECK_THROWS_AS(uow->commit(), ports::storage_error);
    CHECK(uow->users().find(uuid(table::user, 1)).has_value());  // reads still work until it is destroyed
    uow.reset();
    read(store, [](auto& uow) {
        CHECK(uow.users().find(uuid(table::user, 1)).has_value());
        CHECK_FALSE(uow.users().find(uuid(table::user, 2)).has_value());
        return 0;
    });
}

TEST_CASE("in_memory_store: read_write units are serialized", "[memory]") {
    memory::in_memory_store store;
    const auto u = make_user(1);
    write(store, [&](auto& uow) { uow.users().insert(u); });

    // Read-modify-write from several threads: with any lost update the final count would fall short.
    constexpr int threads = 4;
    constexpr int rounds = 200;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (int i = 0; i < rounds; ++i) {
                {
                    auto uow = store.begin(ports::access::read_write);
                    auto row = *uow->users().find(u.id);
                    ++row.streak_days;
                    std::this_thread::sleep_for(std::chrono::microseconds(20));  // widen any race window
                    uow->users().update(row);
                    if ((i + t) % 5 != 0) uow->commit();  // every fifth round rolls back instead
                }
                // Readers interleave with the writers, so the shared lock is exercised too (run under a sanitizer).
                if (i % 7 == 0) read(store, [&](auto& r) { return r.users().find(u.id)->streak_days; });
            }
        });
    for (auto& w : workers) w.join();

    int expected = 0;
    for (int t = 0; t < threads; ++t)
        for (int i = 0; i < rounds; ++i)
            if ((i + t) % 5 != 0) ++expected;
    const auto streak = read(store, [&](auto& uow) { return uow.users().find(u.id)->streak_days; });
    CHECK(streak == expected);
}

TEST_CASE("manual_clock: starts where told, moves only when told", "[memory][fakes]") {
    memory::manual_clock clock(at(0, 5));
    CHECK(clock.now() == at(0, 5));
    CHECK(clock.now() == at(0, 5));
    clock.advance(std::chrono::hours(24));
    CHECK(clock.now() == at(86400, 5));
    clock.advance(-std::chrono::microseconds(6));
    CHECK(clock.now() == at(86399, 999999));
    clock.set(at(3));
    CHECK(clock.now() == at(3));
    CHECK(memory::manual_clock{}.now().time_since_epoch().count() == 0);
}

TEST_CASE("sequential_id_generator: canonical v4-shaped ids in order, unique across threads", "[memory][fakes]") {
    memory::sequential_id_generator ids;
    CHECK(ids.new_id() == "00000000-0000-4000-8000-000000000001");
    CHECK(ids.new_id() == "00000000-0000-4000-8000-000000000002");
    CHECK(memory::sequential_id_generator(255).new_id() == "00000000-0000-4000-8000-0000000000ff");
    CHECK(memory::sequential_id_generator::id_for(0x1'0000'0000'0001ULL) == "00000001-0000-4000-8000-000000000001");

    std::vector<std::vector<domain::id>> made(4);
    std::vector<std::thread> workers;
    for (auto& out : made)
        workers.emplace_back([&ids, &out] {
            for (int i = 0; i < 500; ++i) out.push_back(ids.new_id());
        });
    for (auto& w : workers) w.join();
    std::vector<domain::id> all;
    for (const auto& v : made) all.insert(all.end(), v.begin(), v.end());
    std::ranges::sort(all);
    CHECK(std::ranges::adjacent_find(all) == all.end());
    CHECK(all.size() == 2000);
    CHECK(all.front() == "00000000-0000-4000-8000-000000000003");
    CHECK(all.back() == memory::sequential_id_generator::id_for(2002));
}

TEST_CASE("in_memory_file_storage: put, replace, get, remove; bad keys refused", "[memory][fakes]") {
    memory::in_memory_file_storage files;
    CHECK_FALSE(files.get("resumes/u1/cv.pdf").has_value());
    files.put("resumes/u1/cv.pdf", std::string("%PDF\0binary", 11), "application/pdf");
    auto got = files.get("resumes/u1/cv.pdf");
    REQUIRE(got.has_value());
    CHECK(got->content == std::string("%PDF\0binary", 11));
    CHECK(got->content_type == "application/pdf");
    files.put("resumes/u1/cv.pdf", "v2", "text/plain");
    CHECK(files.get("resumes/u1/cv.pdf")->content == "v2");
    CHECK(files.size() == 1);
    files.remove("resumes/u1/cv.pdf");
    files.remove("resumes/u1/cv.pdf");  // absent: no-op
    CHECK_FALSE(files.get("resumes/u1/cv.pdf").has_value());
    CHECK(files.size() == 0);

    for (std::string_view bad : {"", "/abs", "a//b", "a/", "../x", "a/./b", "a b", "a\\b", "é"})
        CHECK_THROWS_AS(files.put(bad, "x", "text/plain"), ports::storage_error);
    CHECK(files.size() == 0);
    CHECK_NOTHROW(files.put("A-z_0.9/..x/y..", "x", "text/plain"));
}

TEST_CASE("fake_password_hasher: verifies only the right password", "[memory][fakes]") {
    memory::fake_password_hasher hasher;
    const auto encoded = hasher.hash("s3cret!");
    CHECK(encoded == "fake$!terc3s");
    CHECK(encoded.find("s3cret!") == std::string::npos);  // never the plain text
    CHECK(hasher.verify("s3cret!", encoded));
    CHECK_FALSE(hasher.verify("s3cret", encoded));
    CHECK_FALSE(hasher.verify("s3cret!", "garbage"));
    CHECK_FALSE(hasher.verify("", encoded));
}

TEST_CASE("fake_token_service: issues readable tokens and rejects anything else", "[memory][fakes]") {
    memory::fake_token_service tokens;
    const auto token = tokens.issue("user-1");
    CHECK(token == "fake-token:user-1");
    CHECK(tokens.verify(token) == std::optional<domain::id>("user-1"));
    CHECK_FALSE(tokens.verify("fake-token:").has_value());
    CHECK_FALSE(tokens.verify("Fake-token:user-1").has_value());
    CHECK_FALSE(tokens.verify("eyJhbGciOi.x.y").has_value());
    CHECK_FALSE(tokens.verify("").has_value());
}

TEST_CASE("fake_message_signer: url-safe, keyed, exact", "[memory][fakes]") {
    memory::fake_message_signer signer;
    memory::fake_message_signer other("another-key");
    const auto sig = signer.sign("files/a.pdf|1700000000");
    CHECK(sig.size() == 16);
    CHECK(sig.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(sig == signer.sign("files/a.pdf|1700000000"));
    CHECK(signer.verify("files/a.pdf|1700000000", sig));
    CHECK_FALSE(signer.verify("files/a.pdf|1700000001", sig));
    CHECK_FALSE(signer.verify("files/a.pdf|1700000000", sig.substr(1)));
    CHECK_FALSE(other.verify("files/a.pdf|1700000000", sig));
    CHECK(other.sign("files/a.pdf|1700000000") != sig);
}
