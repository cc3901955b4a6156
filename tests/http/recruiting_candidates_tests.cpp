// /candidates: create with the seed's body and its defaults, list with skip/limit/q, get, partial PATCH, DELETE,
// and bad input (URLs, numbers, lengths, types, UTF-8).
#include "recruiting_routes.hpp"

using namespace offertracker::recruiting_test;

namespace {

// The seed's 3.2 request body.
const std::string seed_candidate = R"({
  "full_name": "Jane Doe",
  "headline": "Senior Backend Engineer",
  "location": "San Francisco, CA",
  "experience_years": 8,
  "current_title": "Staff Engineer",
  "current_company": "TechCorp",
  "linkedin_url": "https://linkedin.com/in/janedoe",
  "github_url": "https://github.com/janedoe",
  "website_url": null,
  "notes": "Strong experience with Python and distributed systems."
})";

std::vector<std::string> names(const reply& list) {
    std::vector<std::string> out;
    for (const auto& c : items_of(list)) out.push_back(str(c.at("full_name")));
    return out;
}

}  // namespace

TEST_CASE("recruiting candidates: create answers 201 CandidateOut with every field of the seed", "[recruiting][candidates]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto r = s.post("/candidates", seed_candidate, admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(sorted_keys(r.body) == candidate_keys);
        CHECK(id_of(r) > 0);
        CHECK(int_of(r["org_id"]) == admin.org_id);
        const auto sent = parse_json(seed_candidate);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
        CHECK(r["email"].is_null());
        CHECK(r["phone"].is_null());
        CHECK(r["skills"] == json::value(json::array{}));
        const auto got = s.get("/candidates/" + std::to_string(id_of(r)), admin.token);
        CHECK(got.status == 200);
        CHECK(got.body == r.body);
        CHECK(s.get("/candidates/", admin.token).status == 200);

        const auto extra = s.post("/candidates",
                                  R"({"full_name":"John Smith","email":"john@example.com","phone":"+1 555 0100","skills":["Go","k8s"]})",
                                  admin.token);
        INFO(extra.raw);
        REQUIRE(extra.status == 201);
        CHECK(str(extra["email"]) == "john@example.com");
        CHECK(str(extra["phone"]) == "+1 555 0100");
        CHECK(extra["skills"].as_array().size() == 2);
        for (const char* k : {"headline", "location", "experience_years", "current_title", "current_company",
                              "linkedin_url", "github_url", "website_url", "notes"}) {
            INFO(k);
            CHECK(extra[k].is_null());
        }
    });
}

TEST_CASE("recruiting candidates: the list is {items, total}, newest first, with skip, limit and q on full_name",
          "[recruiting][candidates]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        for (const char* n : {"Jane Doe", "John Smith", "JANE Austen", "Bob Builder"})
            s.create_candidate(admin, json::serialize(json::object{{"full_name", n}}));
        const auto all = s.get("/candidates", admin.token);
        INFO(all.raw);
        REQUIRE(all.status == 200);
        CHECK(sorted_keys(all.body) == sorted({"items", "total"}));
        CHECK(int_of(all["total"]) == 4);
        CHECK(names(all) == std::vector<std::string>{"Bob Builder", "JANE Austen", "John Smith", "Jane Doe"});
        for (const auto& c : items_of(all)) CHECK(sorted_keys(c) == candidate_keys);
        CHECK(names(s.get("/candidates?skip=1&limit=2", admin.token)) ==
              std::vector<std::string>{"JANE Austen", "John Smith"});
        const auto jane = s.get("/candidates?q=jane", admin.token);
        CHECK(names(jane) == std::vector<std::string>{"JANE Austen", "Jane Doe"});
        CHECK(int_of(jane["total"]) == 2);
        CHECK(int_of(s.get("/candidates?q=jane&limit=1", admin.token)["total"]) == 2);
        check_422(s.get("/candidates?limit=101", admin.token), {"query", "limit"}, "less_than_equal",
                  "Input should be less than or equal to 100");
        check_422(s.get("/candidates?skip=x", admin.token), {"query", "skip"}, "int_parsing");
        check_422(s.get("/candidates?q=%C3", admin.token), {"query", "q"}, "string_unicode");
    });
}

TEST_CASE("recruiting candidates: PATCH keeps what is omitted and null clears an optional field",
          "[recruiting][candidates]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto c = s.create_candidate(admin, seed_candidate);
        const std::string path = "/candidates/" + std::to_string(id_of(c));
        // The seed's 3.4 body, whole.
        const auto r = s.patch(path, R"({"full_name":"Jane Doe","headline":"Principal Engineer","location":"Remote",
            "experience_years":10,"current_title":"Principal Engineer","current_company":"NewCorp",
            "linkedin_url":"https://linkedin.com/in/janedoe","github_url":"https://github.com/janedoe",
            "website_url":"https://janedoe.dev","notes":"Promoted to Principal; leading platform team."})",
                               admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(str(r["headline"]) == "Principal Engineer");
        CHECK(int_of(r["experience_years"]) == 10);
        CHECK(str(r["website_url"]) == "https://janedoe.dev");

        const auto partial = s.patch(path, R"({"notes":null,"skills":["Rust"]})", admin.token);
        INFO(partial.raw);
        REQUIRE(partial.status == 200);
        CHECK(partial["notes"].is_null());
        CHECK(strings_of(partial["skills"]) == std::vector<std::string>{"Rust"});
        for (const char* k : {"id", "org_id", "full_name", "headline", "location", "experience_years", "current_title",
                              "current_company", "linkedin_url", "github_url", "website_url", "email", "phone"}) {
            INFO(k);
            CHECK(partial[k] == r.body.at(k));
        }
        CHECK(s.get(path, admin.token).body == partial.body);
        CHECK(s.patch(path, "{}", admin.token).body == partial.body);
    });
}

TEST_CASE("recruiting candidates: DELETE answers 204, then the candidate is 404", "[recruiting][candidates]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto c = id_of(s.create_candidate(admin));
        const auto application = id_of(s.create_application(admin, job, c));
        const std::string path = "/candidates/" + std::to_string(c);
        const auto r = s.del(path, admin.token);
        CHECK(r.status == 204);
        CHECK(r.raw.empty());
        check_detail(s.get(path, admin.token), 404, "Candidate not found");
        check_detail(s.patch(path, R"({"notes":"x"})", admin.token), 404, "Candidate not found");
        check_detail(s.del(path, admin.token), 404, "Candidate not found");
        check_detail(s.get("/applications/" + std::to_string(application), admin.token), 404, "Application not found");
        CHECK(s.get("/jobs/" + std::to_string(job), admin.token).status == 200);
        check_422(s.get("/candidates/1x", admin.token), {"path", "candidate_id"}, "int_parsing");
    });
}

TEST_CASE("recruiting candidates: bad input is 422 on the named field", "[recruiting][candidates][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        auto post = [&](const std::string& body) { return s.post("/candidates", body, admin.token); };
        check_422(post(R"({"full_name":)"), {"body", 0LL}, "json_invalid");
        check_422(post("[1]"), {"body"}, "model_attributes_type");
        check_422(post(R"({"headline":"h"})"), {"body", "full_name"}, "missing");
        check_422_at(post(R"({"full_name":""})"), {"body", "full_name"});
        check_422(post(R"({"full_name":["Jane"]})"), {"body", "full_name"}, "string_type");
        check_422(post(json::serialize(json::object{{"full_name", chars(201)}})), {"body", "full_name"},
                  "string_too_long", "String should have at most 200 characters");
        check_422(post(json::serialize(json::object{{"full_name", "J"}, {"notes", chars(100001)}})), {"body", "notes"},
                  "string_too_long");
        check_422(post(R"({"full_name":"J","experience_years":-1})"), {"body", "experience_years"},
                  "greater_than_equal");
        check_422(post(R"({"full_name":"J","experience_years":71})"), {"body", "experience_years"}, "less_than_equal",
                  "Input should be less than or equal to 70");
        check_422(post(R"({"full_name":"J","experience_years":"eight"})"), {"body", "experience_years"}, "int_type");
        check_422(post(R"({"full_name":"J","experience_years":8.5})"), {"body", "experience_years"}, "int_from_float");
        for (const char* field : {"linkedin_url", "github_url", "website_url"}) {
            INFO(field);
            check_422(post(json::serialize(json::object{{"full_name", "J"}, {field, "ftp://example.com/me"}})),
                      {"body", field}, "url_scheme", "URL scheme should be 'http' or 'https'");
            check_422(post(json::serialize(json::object{{"full_name", "J"}, {field, "javascript:alert(1)"}})),
                      {"body", field}, "url_scheme");
            check_422_at(post(json::serialize(json::object{{"full_name", "J"}, {field, "https://x.io/" + chars(2000)}})),
                         {"body", field});
        }
        check_422(post(R"({"full_name":"J","email":"not-an-email"})"), {"body", "email"}, "value_error");
        check_422(post(R"({"full_name":"J","skills":"Python"})"), {"body", "skills"}, "list_type");
        check_422(post("{\"full_name\":\"Jane \xe2\x82\"}"), {"body", 0LL}, "json_invalid");
        CHECK(int_of(s.get("/candidates", admin.token)["total"]) == 0);

        const auto c = s.create_candidate(admin, seed_candidate);
        const std::string path = "/candidates/" + std::to_string(id_of(c));
        check_422_at(s.patch(path, R"({"full_name":null})", admin.token), {"body", "full_name"});
        check_422_at(s.patch(path, R"({"github_url":"github.com/janedoe"})", admin.token), {"body", "github_url"});
        check_422(s.patch(path, R"({"experience_years":1000})", admin.token), {"body", "experience_years"},
                  "less_than_equal");
        check_422(s.patch(path, "{\"notes\":\"\xff\"}", admin.token), {"body", 0LL}, "json_invalid");
        CHECK(s.get(path, admin.token).body == c);
    });
}

TEST_CASE("recruiting candidates: q is a literal substring of full_name (no wildcards)", "[recruiting][candidates]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        s.create_candidate(admin, R"({"full_name":"Ann 100% Lee"})");
        s.create_candidate(admin, R"({"full_name":"Bob_Smith"})");
        s.create_candidate(admin, R"({"full_name":"Carol King"})");
        CHECK(names(s.get("/candidates?q=%25", admin.token)) == std::vector<std::string>{"Ann 100% Lee"});
        CHECK(names(s.get("/candidates?q=_", admin.token)) == std::vector<std::string>{"Bob_Smith"});
        CHECK(int_of(s.get("/candidates?q=C_rol", admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/candidates?skip=9223372036854775807", admin.token)["total"]) == 3);
    });
}
