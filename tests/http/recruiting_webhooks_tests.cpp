// /webhooks: an org_admin registers endpoints (201 with the secret, shown once), lists them (without it), deletes them
// (204), and reads each one's deliveries: the durable outbox rows the changes enqueued, with the exact payload.
// Delivery itself (the dispatcher, signatures, retries) is the webhook dispatcher's tests' business.
#include "recruiting_routes.hpp"

using namespace offertracker::recruiting_test;

namespace {

const char* const events_msg =
    "Input should be 'job.created', 'candidate.created', 'match.created' or 'application.status_changed'";

reply create(recruiting_server& s, const member& admin, const json::value& body) {
    return s.post("/webhooks", json::serialize(body), admin.token);
}

// The payload of a delivery: the contract says "the exact JSON body sent"; accept it as an object or as its text.
json::value payload_of(const json::value& delivery) {
    const auto& p = delivery.at("payload");
    if (p.is_string()) return parse_json(p.as_string());
    return p;
}

reply deliveries(recruiting_server& s, const member& admin, long long webhook, const std::string& query = {}) {
    return s.get("/webhooks/" + std::to_string(webhook) + "/deliveries" + query, admin.token);
}

bool is_hex(std::string_view s) { return s.find_first_not_of("0123456789abcdef") == std::string_view::npos; }

}  // namespace

TEST_CASE("recruiting webhooks: create answers 201 with the secret; the list shows no secret; delete answers 204",
          "[recruiting][webhooks]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto r = create(s, admin, json::object{{"url", "https://hooks.example.com/recruiting"},
                                                     {"events", json::array{"job.created", "application.status_changed"}}});
        INFO(r.raw);
        REQUIRE(r.status == 201);
        auto with_secret = webhook_keys;
        with_secret.push_back("secret");
        CHECK(sorted_keys(r.body) == sorted(with_secret));
        CHECK(id_of(r) > 0);
        CHECK(int_of(r["org_id"]) == admin.org_id);
        CHECK(str(r["url"]) == "https://hooks.example.com/recruiting");
        CHECK(strings_of(r["events"]) == std::vector<std::string>{"job.created", "application.status_changed"});
        CHECK(r["is_active"] == json::value(true));
        CHECK(r["created_at"].is_string());
        const std::string secret = str(r["secret"]);
        CHECK(secret.rfind("whsec_", 0) == 0);
        CHECK(secret.size() == 6 + 64);
        CHECK(is_hex(std::string_view(secret).substr(6)));

        // A secret of one's own; duplicate events dropped.
        const auto own = create(s, admin, json::object{{"url", "http://hooks.example.com/plain"},
                                                       {"events", json::array{"candidate.created", "candidate.created"}},
                                                       {"secret", "my-own-secret-0123456789"}});
        INFO(own.raw);
        REQUIRE(own.status == 201);
        CHECK(str(own["secret"]) == "my-own-secret-0123456789");
        CHECK(strings_of(own["events"]) == std::vector<std::string>{"candidate.created"});
        CHECK(str(create(s, admin, json::object{{"url", "https://a.example.com/"}, {"events", json::array{"job.created"}}})["secret"]) != secret);

        const auto list = s.get("/webhooks", admin.token);
        INFO(list.raw);
        REQUIRE(list.status == 200);
        REQUIRE(list.body.is_array());
        REQUIRE(list.body.as_array().size() == 3);
        for (const auto& w : list.body.as_array()) {
            CHECK(sorted_keys(w) == webhook_keys);
            CHECK_FALSE(contains(json::serialize(w), secret));
        }
        CHECK(s.get("/webhooks/", admin.token).status == 200);

        const auto d = s.del("/webhooks/" + std::to_string(id_of(r)), admin.token);
        CHECK(d.status == 204);
        CHECK(d.raw.empty());
        CHECK(s.get("/webhooks", admin.token).body.as_array().size() == 2);
        check_detail(s.del("/webhooks/" + std::to_string(id_of(r)), admin.token), 404, "Webhook not found");
        check_detail(deliveries(s, admin, id_of(r)), 404, "Webhook not found");
        check_detail(s.del("/webhooks/999999999", admin.token), 404, "Webhook not found");
        check_422(s.del("/webhooks/abc", admin.token), {"path", "webhook_id"}, "int_parsing");
    });
}

TEST_CASE("recruiting webhooks: a change enqueues a delivery with the exact payload, only for subscribed events",
          "[recruiting][webhooks]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto jobs_hook = id_of(create(s, admin, json::object{{"url", "https://hooks.example.com/jobs"},
                                                                   {"events", json::array{"job.created"}}}));
        const auto status_hook = id_of(create(s, admin, json::object{{"url", "https://hooks.example.com/status"},
                                                                     {"events", json::array{"application.status_changed",
                                                                                            "match.created"}}}));
        CHECK(int_of(deliveries(s, admin, jobs_hook)["total"]) == 0);

        const auto job = s.create_job(admin, R"({"title":"Hooked Engineer","required_skills":["Python"]})");
        const auto list = deliveries(s, admin, jobs_hook);
        INFO(list.raw);
        REQUIRE(list.status == 200);
        CHECK(sorted_keys(list.body) == sorted({"items", "total"}));
        REQUIRE(items_of(list).size() == 1);
        CHECK(int_of(list["total"]) == 1);
        const auto& delivery = items_of(list)[0];
        CHECK(sorted_keys(delivery) == delivery_keys);
        CHECK(int_of(delivery.at("webhook_id")) == jobs_hook);
        CHECK(str(delivery.at("event")) == "job.created");
        CHECK(str(delivery.at("state")) == "pending");
        CHECK(int_of(delivery.at("attempts")) == 0);
        CHECK(delivery.at("delivered_at").is_null());
        CHECK(delivery.at("next_attempt_at").is_string());
        CHECK(delivery.at("created_at").is_string());
        CHECK(delivery.at("attempt_log") == json::value(json::array{}));
        const auto payload = payload_of(delivery);
        CHECK(sorted_keys(payload) == sorted({"event", "org_id", "occurred_at", "data"}));
        CHECK(str(payload.at("event")) == "job.created");
        CHECK(int_of(payload.at("org_id")) == admin.org_id);
        CHECK(payload.at("occurred_at").is_string());
        CHECK(payload.at("data") == job);
        // The other endpoint did not subscribe to job.created.
        CHECK(int_of(deliveries(s, admin, status_hook)["total"]) == 0);

        // A status change enqueues application.status_changed with the application as the API shows it.
        const auto c = id_of(s.create_candidate(admin, R"({"full_name":"Hook Person","skills":["Python"]})"));
        const auto a = id_of(s.create_application(admin, id_of(job), c));
        CHECK(int_of(deliveries(s, admin, status_hook)["total"]) == 0);
        const auto changed = s.patch("/applications/" + std::to_string(a), R"({"status":"interview"})", admin.token);
        REQUIRE(changed.status == 200);
        const auto status_list = deliveries(s, admin, status_hook);
        INFO(status_list.raw);
        REQUIRE(items_of(status_list).size() == 1);
        const auto status_payload = payload_of(items_of(status_list)[0]);
        CHECK(str(status_payload.at("event")) == "application.status_changed");
        // The application as the API shows it (the payload may add what changed, e.g. from_status).
        for (const auto& kv : changed.body.as_object()) {
            INFO(kv.key());
            CHECK(status_payload.at("data").as_object().if_contains(kv.key()) != nullptr);
            if (const auto* v = status_payload.at("data").as_object().if_contains(kv.key())) CHECK(*v == kv.value());
        }
        // A change of fit_score alone is no status change.
        REQUIRE(s.patch("/applications/" + std::to_string(a), R"({"fit_score":10})", admin.token).status == 200);
        CHECK(int_of(deliveries(s, admin, status_hook)["total"]) == 1);

        // Matching enqueues match.created for what it returned; newest first.
        const auto matched = s.post("/matching/candidates_for_job", R"({"job_id":)" + std::to_string(id_of(job)) + "}",
                                    admin.token);
        REQUIRE(matched.status == 200);
        REQUIRE_FALSE(matched["matches"].as_array().empty());
        const auto after = deliveries(s, admin, status_hook);
        CHECK(int_of(after["total"]) == 1 + static_cast<long long>(matched["matches"].as_array().size()));
        CHECK(str(items_of(after)[0].at("event")) == "match.created");
        const auto ids = ids_of(after);
        CHECK(std::is_sorted(ids.rbegin(), ids.rend()));
        // Paging.
        CHECK(items_of(deliveries(s, admin, status_hook, "?limit=1")).size() == 1);
        CHECK(int_of(deliveries(s, admin, status_hook, "?skip=100")["total"]) == int_of(after["total"]));
        check_422(deliveries(s, admin, status_hook, "?limit=101"), {"query", "limit"}, "less_than_equal");
        check_422(deliveries(s, admin, status_hook, "?skip=-1"), {"query", "skip"}, "greater_than_equal");
    });
}

TEST_CASE("recruiting webhooks: managing them is for org_admins only", "[recruiting][webhooks][roles]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto hook = id_of(s.create_webhook(admin));
        for (const char* role : {"recruiter", "viewer"}) {
            INFO(role);
            const auto m = s.invite(admin, unique_local(role), role);
            const std::string forbidden = "Not enough permissions";
            check_detail(s.post("/webhooks", R"({"url":"https://hooks.example.com/x","events":["job.created"]})", m.token),
                         403, forbidden);
            check_detail(s.get("/webhooks", m.token), 403, forbidden);
            check_detail(s.del("/webhooks/" + std::to_string(hook), m.token), 403, forbidden);
            check_detail(deliveries(s, m, hook), 403, forbidden);
        }
        CHECK(s.get("/webhooks", admin.token).body.as_array().size() == 1);
    });
}

TEST_CASE("recruiting webhooks: bad input is 422", "[recruiting][webhooks][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        auto post = [&](const std::string& body) { return s.post("/webhooks", body, admin.token); };
        check_422(post("{"), {"body", 0LL}, "json_invalid");
        check_422(post(R"({"events":["job.created"]})"), {"body", "url"}, "missing", "Field required");
        check_422(post(R"({"url":"https://hooks.example.com/x"})"), {"body", "events"}, "missing");
        check_422(post(R"({"url":"ftp://hooks.example.com/x","events":["job.created"]})"), {"body", "url"}, "url_scheme",
                  "URL scheme should be 'http' or 'https'");
        check_422(post(R"({"url":"file:///etc/passwd","events":["job.created"]})"), {"body", "url"}, "url_scheme");
        check_422_at(post(R"({"url":"not a url","events":["job.created"]})"), {"body", "url"});
        check_422_at(post(json::serialize(json::object{{"url", "https://hooks.example.com/" + chars(2000)},
                                                       {"events", json::array{"job.created"}}})),
                     {"body", "url"});
        check_422_at(post(R"({"url":"https://hooks.example.com/x","events":[]})"), {"body", "events"});
        check_422(post(R"({"url":"https://hooks.example.com/x","events":"job.created"})"), {"body", "events"},
                  "list_type");
        const auto unknown = post(R"({"url":"https://hooks.example.com/x","events":["job.archived"]})");
        INFO(unknown.raw);
        CHECK(unknown.status == 422);
        CHECK(contains(unknown.raw, "\"type\":\"enum\""));
        CHECK(contains(unknown.raw, events_msg));
        check_422_at(post(R"({"url":"https://hooks.example.com/x","events":["job.created"],"secret":"short"})"),
                     {"body", "secret"});
        check_422_at(post(json::serialize(json::object{{"url", "https://hooks.example.com/x"},
                                                       {"events", json::array{"job.created"}},
                                                       {"secret", chars(201)}})),
                     {"body", "secret"});
        check_422(post("{\"url\":\"https://hooks.example.com/\xff\",\"events\":[\"job.created\"]}"), {"body", 0LL},
                  "json_invalid");
        CHECK(s.get("/webhooks", admin.token).body == json::value(json::array{}));
    });
}

TEST_CASE("recruiting webhooks: records created by the agent announce themselves like any other",
          "[recruiting][webhooks][agent]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto hook = id_of(create(s, admin, json::object{{"url", "https://hooks.example.com/created"},
                                                              {"events", json::array{"job.created", "candidate.created"}}}));
        REQUIRE(s.post("/agent/jobs/from_prompt", R"({"prompt":"Senior Backend Engineer in NYC with Python"})", admin.token)
                    .status == 200);
        REQUIRE(s.post("/agent/chat", R"({"message":"create a new job for a data engineer in Berlin with Spark"})",
                       admin.token)
                    .status == 200);
        REQUIRE(s.upload("/agent/jobs/from_req", {{"job_req", sample_job_req(), std::string("job.txt"), std::string(txt_type)}},
                         admin.token)
                    .status == 200);
        const auto resume = s.upload("/agent/candidates/from_resume",
                                     {{"resume", sample_resume(), std::string("cv.txt"), std::string(txt_type)}}, admin.token);
        REQUIRE(resume.status == 200);
        const auto list = deliveries(s, admin, hook);
        INFO(list.raw);
        std::vector<std::string> events;
        for (const auto& d : items_of(list)) events.push_back(str(d.at("event")));
        CHECK(events == std::vector<std::string>{"candidate.created", "job.created", "job.created", "job.created"});
        CHECK(payload_of(items_of(list)[0]).at("data") == resume["candidate"]);
        // Jobs listed by the API are the ones announced.
        std::vector<long long> announced;
        for (const auto& d : items_of(list))
            if (str(d.at("event")) == "job.created") announced.push_back(id_of(payload_of(d).at("data")));
        CHECK(announced == ids_of(s.get("/jobs", admin.token)));
    });
}
