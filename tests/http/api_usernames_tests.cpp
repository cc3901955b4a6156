// Look-alike usernames over real sockets, on every engine (docs/behaviour.md §7, §11): one account per name
// whatever the case, invisible and direction-changing characters refused with 422, at registration, on
// PUT /users/me and when two requests race.
#include <barrier>
#include <thread>

#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

std::string register_body(std::string_view email, std::string_view username) {
    return json::serialize(json::object{{"email", email}, {"username", username}, {"password", "secret-pw"}});
}

std::string username_body(std::string_view username) { return json::serialize(json::object{{"username", username}}); }

// The characters that make two different names look the same, or reorder how a name is shown. (NUL is refused
// earlier, by the body reader, as "string_nul".)
const std::vector<std::pair<std::string, std::string>> hidden_characters{
    {"BEL", "\a"},
    {"TAB", "\t"},
    {"DEL", "\x7f"},
    {"C1 NEL U+0085", "\u0085"},
    {"soft hyphen U+00AD", "\u00ad"},
    {"arabic letter mark U+061C", "\u061c"},
    {"zero-width space U+200B", "\u200b"},
    {"zero-width non-joiner U+200C", "\u200c"},
    {"zero-width joiner U+200D", "\u200d"},
    {"left-to-right mark U+200E", "\u200e"},
    {"right-to-left mark U+200F", "\u200f"},
    {"LRE U+202A", "\u202a"},
    {"RLE U+202B", "\u202b"},
    {"PDF U+202C", "\u202c"},
    {"LRO U+202D", "\u202d"},
    {"RLO U+202E", "\u202e"},
    {"word joiner U+2060", "\u2060"},
    {"LRI U+2066", "\u2066"},
    {"RLI U+2067", "\u2067"},
    {"FSI U+2068", "\u2068"},
    {"PDI U+2069", "\u2069"},
    {"BOM U+FEFF", "\ufeff"},
};

}  // namespace

TEST_CASE("usernames: one account per name whatever the case, beyond ASCII too", "[api][auth][usernames]") {
    for_each_engine([](api_server& s) {
        REQUIRE(s.post("/auth/register", register_body("a1@x.io", "Alice")).status == 201);
        for (const char* twin : {"alice", "ALICE", "aLiCe"}) {
            INFO(twin);
            check_detail(s.post("/auth/register", register_body("a2@x.io", twin)), 400, "Username already taken");
        }
        // Full case folding: Greek (final sigma too), Cyrillic, Latin with diacritics, German sharp s.
        const std::vector<std::pair<std::string, std::string>> pairs{
            {"\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2"},
            {"\u0418\u0432\u0430\u043d", "\u0438\u0432\u0430\u043d"},
            {"\u00c9lodie", "\u00e9lodie"},
            {"Stra\u00dfe", "STRASSE"},
        };
        int n = 0;
        for (const auto& [first, second] : pairs) {
            INFO(first << " / " << second);
            ++n;
            REQUIRE(s.post("/auth/register", register_body("f" + std::to_string(n) + "@x.io", first)).status == 201);
            check_detail(s.post("/auth/register", register_body("s" + std::to_string(n) + "@x.io", second)), 400,
                         "Username already taken");
        }
        // The name is kept as entered.
        auto r = s.post("/auth/register", register_body("b1@x.io", "BoB"));
        REQUIRE(r.status == 201);
        CHECK(str(r.body.at_pointer("/user/username")) == "BoB");
    });
}

TEST_CASE("usernames: control, zero-width and bidirectional characters are 422", "[api][auth][usernames]") {
    for_each_engine([](api_server& s) {
        REQUIRE(s.post("/auth/register", register_body("a1@x.io", "alice")).status == 201);
        const auto other = s.register_user("other");
        int n = 0;
        for (const auto& [name, c] : hidden_characters) {
            INFO(name);
            ++n;
            for (const std::string& candidate : {"alice" + c, "al" + c + "ice", c + "fresh" + std::to_string(n)}) {
                check_422(s.post("/auth/register", register_body("h" + std::to_string(n) + "@x.io", candidate)),
                          {"body", "username"}, "value_error");
                check_422(s.put("/users/me", username_body(candidate), other.token), {"body", "username"},
                          "value_error");
            }
        }
        // Nothing was created or renamed.
        CHECK(str(s.get("/users/me", other.token)["username"]) == "other");
        // Ordinary non-ASCII names are fine.
        CHECK(s.post("/auth/register", register_body("z1@x.io", "Zo\u00eb-\u5f20")).status == 201);
    });
}

TEST_CASE("usernames: PUT /users/me renames under the same rules", "[api][auth][usernames]") {
    for_each_engine([](api_server& s) {
        const auto alice = s.register_user("alice");
        const auto bob = s.register_user("bob");
        check_detail(s.put("/users/me", username_body("ALICE"), bob.token), 400, "Username already taken");
        CHECK(str(s.get("/users/me", bob.token)["username"]) == "bob");
        // A new case of one's own name is no collision.
        auto r = s.put("/users/me", username_body("Alice"), alice.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(str(r["username"]) == "Alice");
        r = s.put("/users/me", username_body("bobby"), bob.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["username"]) == "bobby");
        // The old name is free again, in any case; the new one is taken in any case.
        CHECK(s.post("/auth/register", register_body("b2@x.io", "BOB")).status == 201);
        check_detail(s.post("/auth/register", register_body("b3@x.io", "BobbY")), 400, "Username already taken");
        // Same length rules as registration; null is 422 (the name is required), omitted keeps it.
        check_422(s.put("/users/me", username_body("ab"), alice.token), {"body", "username"}, "string_too_short");
        check_422(s.put("/users/me", R"({"username":null})", alice.token), {"body", "username"}, "string_type");
        r = s.put("/users/me", R"({"bio":"hi"})", alice.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["username"]) == "Alice");
    });
}

TEST_CASE("usernames: simultaneous look-alike registrations and renames leave one owner, never a 500",
          "[api][auth][usernames][race]") {
    for_each_engine([](api_server& s) {
        const auto first = s.register_user("first");
        const auto second = s.register_user("second");
        for (int round = 0; round < 4; ++round) {
            INFO("round " << round);
            const std::string name = "racer" + std::to_string(round);
            std::string upper = name;
            for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            auto ca = s.connect();
            auto cb = s.connect();
            std::barrier sync(2);
            unsigned sa = 0, sb = 0;
            const std::string target = std::string(prefix) + "/auth/register";
            auto send = [&](test_client& c, unsigned& status, const std::string& body) {
                sync.arrive_and_wait();
                try {
                    status = c.request("POST", target, body, {{"Content-Type", "application/json"}}).status;
                } catch (const std::exception&) {
                    status = 0;
                }
            };
            const std::string email = "r" + std::to_string(round);
            std::thread ta([&] { send(ca, sa, register_body(email + "a@x.io", name)); });
            std::thread tb([&] { send(cb, sb, register_body(email + "b@x.io", upper)); });
            ta.join();
            tb.join();
            CHECK(std::min(sa, sb) == 201);
            CHECK(std::max(sa, sb) == 400);

            // Two accounts renaming themselves to look-alikes of one new name at once.
            const std::string rename = "renamed" + std::to_string(round);
            std::string rename_upper = rename;
            for (char& ch : rename_upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            auto put = [&](test_client& c, unsigned& status, const std::string& body, const std::string& token) {
                sync.arrive_and_wait();
                try {
                    status = c.request("PUT", std::string(prefix) + "/users/me", body,
                                       {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}})
                                 .status;
                } catch (const std::exception&) {
                    status = 0;
                }
            };
            std::thread ra([&] { put(ca, sa, username_body(rename), first.token); });
            std::thread rb([&] { put(cb, sb, username_body(rename_upper), second.token); });
            ra.join();
            rb.join();
            CHECK(std::min(sa, sb) == 200);
            CHECK(std::max(sa, sb) == 400);
        }
    });
}
