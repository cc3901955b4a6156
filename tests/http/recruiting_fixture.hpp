// The Recruiting surface over real sockets, mounted next to the OfferTracker one as production will mount them: one
// server, one migrated SQL store per engine, one token secret with two audiences ("offertracker" for the seeker
// surface at /api/v1, "recruiting" for this one at /recruiting/api/v1), Argon2 with cheap parameters, the real text
// extractor and no embedding provider (matching answers "naive"). Plus helpers for orgs, members, records and files.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api_fixture.hpp"

namespace offertracker::ports {
class recruiting_store;
}

namespace offertracker::recruiting_test {

namespace json = boost::json;
using api_test::check_422;
using api_test::check_detail;
using api_test::chars;
using api_test::engine;
using api_test::engines;
using api_test::keys_of;
using api_test::loc_part;
using api_test::parse_json;
using api_test::quoted;
using api_test::reply;
using api_test::str;
using testing::multipart_field;
using testing::test_headers;

inline constexpr std::string_view prefix = "/recruiting/api/v1";
inline constexpr std::string_view seeker_prefix = "/api/v1";
inline constexpr std::string_view pdf_type = "application/pdf";
inline constexpr std::string_view docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr std::string_view txt_type = "text/plain";

// A member who can call the surface: the org_admin a registration made, or a colleague an admin invited.
struct member {
    std::string token;
    long long id = 0;
    long long org_id = 0;
    std::string email;
    std::string password;
    std::string role;
};

// What a test may change in the wiring; the defaults mount both surfaces as production does.
struct surface_setup {
    // Serve the Recruiting surface alone at the seed's /api/v1 (the operator's `surfaces = ["recruiting"]`); path
    // helpers then use /api/v1 and the seeker helpers are unavailable.
    bool recruiting_alone = false;
};

class recruiting_server {
public:
    explicit recruiting_server(const engine& e, const surface_setup& setup = {});
    ~recruiting_server();
    recruiting_server(const recruiting_server&) = delete;
    recruiting_server& operator=(const recruiting_server&) = delete;

    [[nodiscard]] const std::string& engine_name() const { return engine_name_; }
    [[nodiscard]] unsigned short port() const;
    // A new connection to the server (for concurrent requests: one per thread).
    [[nodiscard]] testing::test_client connect() const;

    // One request with a full target on the fixture's keep-alive connection; token sent as a bearer when non-empty.
    reply raw(std::string_view method, std::string_view target, std::string_view body = {},
              const std::string& token = {}, const test_headers& headers = {});
    // Under /recruiting/api/v1; bodies as application/json.
    reply get(std::string_view path, const std::string& token = {});
    reply del(std::string_view path, const std::string& token = {});
    reply post(std::string_view path, std::string_view json_body, const std::string& token = {});
    reply patch(std::string_view path, std::string_view json_body, const std::string& token = {});
    // A JSON-bodied request of any method (GET and DELETE with an empty body).
    reply call(std::string_view method, std::string_view path, std::string_view json_body, const std::string& token);
    // application/x-www-form-urlencoded from name/value pairs (percent-encoded here).
    reply form(std::string_view path, const std::vector<std::pair<std::string, std::string>>& fields,
               const std::string& token = {});
    // multipart/form-data.
    reply upload(std::string_view path, const std::vector<multipart_field>& fields, const std::string& token = {});
    // Under /api/v1 (the seeker surface), JSON.
    reply seeker_get(std::string_view path, const std::string& token = {});
    reply seeker_post(std::string_view path, std::string_view json_body, const std::string& token = {});

    // POST /auth/register {email: <local>@<domain>, password: "secret-<local>", org_name?}; requires a 200, then logs
    // in (requires a 200) and returns the org_admin with the token.
    member register_org(const std::string& local, const std::optional<std::string>& org_name = std::nullopt,
                        const std::string& domain = "example.com");
    // POST /auth/login, form-encoded; requires a 200 and returns the access token.
    std::string login(const std::string& email, const std::string& password);
    // POST /users by admin (email <local>@example.com, password "secret-<local>"); requires a 201, logs in.
    member invite(const member& admin, const std::string& local, const std::string& role);
    // PATCH /users/{id} {"is_active": false}; requires a 200.
    void deactivate(const member& admin, const member& who);

    // POST /jobs, /candidates, /applications with the given body; each requires a 201 and returns the body.
    json::value create_job(const member& who, std::string_view body = R"({"title":"Backend Engineer"})");
    json::value create_candidate(const member& who, std::string_view body = R"({"full_name":"Jane Doe"})");
    json::value create_application(const member& who, long long job_id, long long candidate_id,
                                   std::string_view extra_fields = {});
    // POST /webhooks {"url": url, "events": ["job.created"]}; requires a 201.
    json::value create_webhook(const member& admin, std::string_view url = "https://hooks.example.com/recruiting");

    // A token for subject signed with the server's secret for the given audience (e.g. "offertracker").
    [[nodiscard]] std::string token_for(std::string_view audience, const std::string& subject) const;
    // A Recruiting token for subject, correctly signed but expired an hour ago.
    [[nodiscard]] std::string expired_token(const std::string& subject) const;
    // A Recruiting token for subject signed with another secret.
    [[nodiscard]] std::string foreign_token(const std::string& subject) const;
    // The Recruiting store under the surface (to look at match logs, history, the outbox directly).
    [[nodiscard]] ports::recruiting_store& store();

    // The prefix the Recruiting surface is mounted at.
    [[nodiscard]] const std::string& api_prefix() const { return prefix_; }

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::string engine_name_;
    std::string prefix_;
};

// Runs body once per engine, each in its own DYNAMIC_SECTION with a fresh server and database.
void for_each_engine(const std::function<void(recruiting_server&)>& body);
void for_each_engine(const surface_setup& setup, const std::function<void(recruiting_server&)>& body);

// --- JSON -----------------------------------------------------------------------------------------------------

// v as an integer, or -1 when it is not one (so comparisons fail readably).
long long int_of(const json::value& v);
// The reply's "id".
long long id_of(const reply& r);
long long id_of(const json::value& record);
// "items" of a {items, total} list as an array (empty when absent), and the ids in it.
const json::array& items_of(const reply& r);
std::vector<long long> ids_of(const json::array& items);
std::vector<long long> ids_of(const reply& list);
// The keys of an object, sorted (shapes are compared as sets: the contract names fields, not their order).
std::vector<std::string> sorted_keys(const json::value& v);
std::vector<std::string> sorted(std::vector<std::string> keys);
// A string array as a vector.
std::vector<std::string> strings_of(const json::value& v);
// A 422 in FastAPI's shape with an entry at loc, whatever its type (where the contract names no type). Returns it.
json::value check_422_at(const reply& r, const std::vector<loc_part>& loc);
// Does the text hold needle (case-sensitive)?
bool contains(std::string_view text, std::string_view needle);

// The shapes the contract names.
extern const std::vector<std::string> user_keys;
extern const std::vector<std::string> job_keys;
extern const std::vector<std::string> candidate_keys;
extern const std::vector<std::string> application_keys;
extern const std::vector<std::string> history_keys;
extern const std::vector<std::string> webhook_keys;
extern const std::vector<std::string> delivery_keys;
extern const std::vector<std::string> candidate_match_keys;
extern const std::vector<std::string> job_match_keys;

// --- files (generated, as tests/extract builds them) -------------------------------------------------------------

// A DOCX whose body is one paragraph per line, built in memory with libzip.
std::string docx_of(const std::vector<std::string>& paragraphs);
// A one-page PDF (standard Helvetica, WinAnsi) with one text line per entry (ASCII).
std::string pdf_of(const std::vector<std::string>& lines);
// The lines joined with '\n'.
std::string text_of(const std::vector<std::string>& lines);

}  // namespace offertracker::recruiting_test
