// The OpenAI-compatible embeddings adapter against fake providers this test serves on 127.0.0.1, through the
// real guarded fetcher (its policy allowing loopback, as the composition root allows an operator's local
// provider): a good provider, a slow one, a failing one, one answering garbage, one with the wrong count.
#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

#include <offertracker/adapters/provider/openai_embeddings.hpp>

#include "loopback_fetcher.hpp"
#include "loopback_server.hpp"

using namespace offertracker;
using adapters::provider::openai_embeddings;
using adapters::provider::openai_embeddings_config;
using testing::json_response;
using testing::loopback_fetcher;
using testing::loopback_server;
using testing::received_request;

namespace {

const std::string api_key = "sk-test-9f8e7d6c5b4a";

openai_embeddings_config config_for(const loopback_server& server, std::string_view path = "/v1") {
    return {.base_url = server.url(path), .api_key = api_key, .model = "text-embedding-3-small"};
}

std::vector<std::vector<float>> vectors(const ports::embedding_result& r) {
    if (const auto* e = std::get_if<ports::embedding_error>(&r)) FAIL("embedding failed: " << e->message);
    return std::get<std::vector<std::vector<float>>>(r);
}

ports::embedding_error failed(const ports::embedding_result& r) {
    if (std::holds_alternative<std::vector<std::vector<float>>>(r)) FAIL("embedding succeeded");
    return std::get<ports::embedding_error>(r);
}

// What a real provider answers: one item per input, here deliberately listed out of order (the adapter must
// place them by `index`), each vector [i, i + 0.5, -i].
std::string good_answer(const received_request& req) {
    const auto body = boost::json::parse(req.body).as_object();
    const auto& input = body.at("input").as_array();
    boost::json::array data;
    for (std::size_t i = input.size(); i-- > 0;) {
        const double x = static_cast<double>(i);
        data.push_back(boost::json::object{{"object", "embedding"},
                                           {"index", i},
                                           {"embedding", boost::json::array{x, x + 0.5, -x}}});
    }
    return boost::json::serialize(boost::json::object{
        {"object", "list"}, {"data", data}, {"model", body.at("model")}, {"usage", {{"prompt_tokens", 3}}}});
}

}  // namespace

TEST_CASE("embeddings: a good provider gets model, input and the bearer key; vectors come back in input order",
          "[provider][embeddings]") {
    loopback_server server([](const received_request& req, loopback_server&) {
        return json_response(200, good_answer(req));
    });
    loopback_fetcher net;
    openai_embeddings provider(net.fetcher, config_for(server, "/v1/"));  // the trailing '/' is dropped

    const auto out = vectors(provider.embed({"Senior C++ engineer", "Kubernetes, PostgreSQL", "ünïcödé \"quoted\""}));
    REQUIRE(out.size() == 3);
    CHECK(out[0] == std::vector<float>{0.0f, 0.5f, -0.0f});
    CHECK(out[1] == std::vector<float>{1.0f, 1.5f, -1.0f});
    CHECK(out[2] == std::vector<float>{2.0f, 2.5f, -2.0f});

    const auto seen = server.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].method == "POST");
    CHECK(seen[0].target == "/v1/embeddings");
    CHECK(seen[0].header("Authorization") == "Bearer " + api_key);
    CHECK(seen[0].header("Content-Type") == "application/json");
    const auto sent = boost::json::parse(seen[0].body).as_object();
    CHECK(sent.size() == 2);
    CHECK(sent.at("model") == "text-embedding-3-small");
    CHECK(sent.at("input") == boost::json::array{"Senior C++ engineer", "Kubernetes, PostgreSQL",
                                                 "ünïcödé \"quoted\""});
}

TEST_CASE("embeddings: no texts is no request; no key is no Authorization header", "[provider][embeddings]") {
    loopback_server server([](const received_request& req, loopback_server&) {
        return json_response(200, good_answer(req));
    });
    loopback_fetcher net;
    openai_embeddings provider(net.fetcher, config_for(server));
    CHECK(vectors(provider.embed({})).empty());
    CHECK(server.accepts() == 0);

    auto keyless = config_for(server);
    keyless.api_key.clear();
    openai_embeddings local(net.fetcher, keyless);
    CHECK(vectors(local.embed({"one"})).size() == 1);
    REQUIRE(server.requests().size() == 1);
    CHECK_FALSE(server.requests()[0].has_header("Authorization"));

    CHECK_THROWS_AS(openai_embeddings(net.fetcher, {.base_url = "", .model = "m"}), std::invalid_argument);
    CHECK_THROWS_AS(openai_embeddings(net.fetcher, {.base_url = server.url("/v1"), .model = ""}),
                    std::invalid_argument);
}

TEST_CASE("embeddings: a slow provider is a timeout error once the deadline passes", "[provider][embeddings]") {
    // The handler holds its answer until the server is destroyed, so only the adapter's timeout can end the
    // call: an error (rather than vectors) proves it did, with no wall-clock assertion.
    loopback_server server([](const received_request& req, loopback_server& self) {
        self.hold();
        return json_response(200, good_answer(req));
    });
    loopback_fetcher net;
    auto config = config_for(server);
    config.timeout = std::chrono::milliseconds(300);
    openai_embeddings provider(net.fetcher, config);

    const auto e = failed(provider.embed({"a", "b"}));
    CHECK(e.message == "The embedding provider did not answer within 300 ms.");
    CHECK(server.accepts() == 1);
}

TEST_CASE("embeddings: a failing provider (500) is an error that holds neither the body nor the key",
          "[provider][embeddings]") {
    loopback_server server([](const received_request&, loopback_server&) {
        return json_response(500, R"({"error":{"message":"internal detail for )" + api_key + R"("}})");
    });
    loopback_fetcher net;
    openai_embeddings provider(net.fetcher, config_for(server));

    const auto e = failed(provider.embed({"a"}));
    CHECK(e.message == "The embedding provider answered HTTP 500.");
    CHECK(e.message.find("internal detail") == std::string::npos);
    CHECK(e.message.find(api_key) == std::string::npos);
}

TEST_CASE("embeddings: garbage is an error, whatever shape it takes", "[provider][embeddings]") {
    const std::vector<std::pair<std::string, std::string>> answers = {
        {"not JSON", "<html>Bad gateway</html>"},
        {"truncated JSON", R"({"data":[{"index":0,"embedding":[0.1,)"},
        {"an array at the root", "[]"},
        {"no data", R"({"object":"list"})"},
        {"data not an array", R"({"data":{"index":0}})"},
        {"an item not an object", R"({"data":[[0.1,0.2],[0.3,0.4]]})"},
        {"no index", R"({"data":[{"embedding":[0.1]},{"index":1,"embedding":[0.2]}]})"},
        {"an index repeated", R"({"data":[{"index":0,"embedding":[0.1]},{"index":0,"embedding":[0.2]}]})"},
        {"an index out of range", R"({"data":[{"index":0,"embedding":[0.1]},{"index":2,"embedding":[0.2]}]})"},
        {"a negative index", R"({"data":[{"index":-1,"embedding":[0.1]},{"index":1,"embedding":[0.2]}]})"},
        {"a fractional index", R"({"data":[{"index":0.5,"embedding":[0.1]},{"index":1,"embedding":[0.2]}]})"},
        {"an embedding as base64", R"({"data":[{"index":0,"embedding":"AAAA"},{"index":1,"embedding":"AAAA"}]})"},
        {"an empty embedding", R"({"data":[{"index":0,"embedding":[]},{"index":1,"embedding":[]}]})"},
        {"a string component", R"({"data":[{"index":0,"embedding":["0.1"]},{"index":1,"embedding":[0.2]}]})"},
        {"a null component", R"({"data":[{"index":0,"embedding":[null]},{"index":1,"embedding":[0.2]}]})"},
        {"beyond float range", R"({"data":[{"index":0,"embedding":[1e39]},{"index":1,"embedding":[0.2]}]})"},
        {"mixed dimensions", R"({"data":[{"index":0,"embedding":[0.1,0.2]},{"index":1,"embedding":[0.3]}]})"},
    };
    std::string current;
    loopback_server server([&current](const received_request&, loopback_server&) {
        return json_response(200, current);
    });
    loopback_fetcher net;
    openai_embeddings provider(net.fetcher, config_for(server));
    for (const auto& [what, body] : answers) {
        INFO(what);
        current = body;
        const auto e = failed(provider.embed({"a", "b"}));
        CHECK_FALSE(e.message.empty());
        CHECK(e.message.find(body) == std::string::npos);
    }
    CHECK(server.accepts() == static_cast<int>(answers.size()));

    // Integers are numbers too: a provider may print 0 and 1 without a fraction.
    current = R"({"data":[{"index":1,"embedding":[1,0]},{"index":0,"embedding":[0,1]}]})";
    CHECK(vectors(provider.embed({"a", "b"})) == std::vector<std::vector<float>>{{0.0f, 1.0f}, {1.0f, 0.0f}});
}

TEST_CASE("embeddings: the wrong count is an error", "[provider][embeddings]") {
    loopback_server server([](const received_request&, loopback_server&) {
        // Always two vectors, whatever was asked.
        return json_response(200, R"({"data":[{"index":0,"embedding":[0.1,0.2]},{"index":1,"embedding":[0.3,0.4]}]})");
    });
    loopback_fetcher net;
    openai_embeddings provider(net.fetcher, config_for(server));
    CHECK(failed(provider.embed({"a", "b", "c"})).message == "The embedding provider returned 2 embeddings for 3 texts.");
    CHECK(failed(provider.embed({"a"})).message == "The embedding provider returned 2 embeddings for 1 texts.");
    CHECK(vectors(provider.embed({"a", "b"})).size() == 2);
}

TEST_CASE("embeddings: too large, a redirect, a refused address", "[provider][embeddings]") {
    loopback_server server([](const received_request& req, loopback_server&) {
        if (req.target == "/moved/embeddings")
            return testing::http_response(307, "", "Location: /v1/embeddings\r\n");
        return json_response(200, good_answer(req));
    });
    loopback_fetcher net;

    auto small = config_for(server);
    small.max_response_bytes = 100;
    CHECK(failed(openai_embeddings(net.fetcher, small).embed({"a", "b", "c", "d"})).message ==
          "The embedding provider's answer exceeds 100 bytes.");

    // The key is sent to base_url only: a redirect is an error, and the target it names is never asked.
    const auto moved = failed(openai_embeddings(net.fetcher, config_for(server, "/moved")).embed({"a"}));
    CHECK(moved.message == "The embedding provider answered with a redirect, which is not followed.");
    CHECK(server.requests().size() == 2);
    CHECK(server.requests().back().target == "/moved/embeddings");

    // The webhooks' policy (public unicast only) refuses a loopback provider before any connection.
    loopback_fetcher strict(false);
    const auto refused = failed(openai_embeddings(strict.fetcher, config_for(server)).embed({"a"}));
    CHECK(refused.message == "The embedding provider's address 127.0.0.1 is refused by the outbound address policy.");
    CHECK(*strict.connection_attempts == 0);
    CHECK(server.accepts() == 2);

    // Nothing listening: a connection error naming its kind.
    std::uint16_t closed_port;
    {
        loopback_server gone([](const received_request&, loopback_server&) { return std::string(); });
        closed_port = gone.port();
    }
    const auto unreachable = failed(openai_embeddings(net.fetcher, {.base_url = "http://127.0.0.1:" +
                                                                                std::to_string(closed_port) + "/v1",
                                                                    .api_key = api_key,
                                                                    .model = "m"})
                                        .embed({"a"}));
    CHECK(unreachable.message.rfind("The embedding provider could not be reached (connect_failed)", 0) == 0);
    CHECK(unreachable.message.find(api_key) == std::string::npos);
}

TEST_CASE("embeddings: a key that cannot be sent as a header is refused before connecting, and not repeated",
          "[provider][embeddings]") {
    loopback_server server([](const received_request& req, loopback_server&) {
        return json_response(200, good_answer(req));
    });
    loopback_fetcher net;
    auto config = config_for(server);
    config.api_key = "sk-broken\r\nX-Injected: 1";
    const auto e = failed(openai_embeddings(net.fetcher, config).embed({"a"}));
    CHECK(e.message.rfind("The embedding provider could not be reached (invalid_request)", 0) == 0);
    CHECK(e.message.find("sk-broken") == std::string::npos);
    CHECK(server.accepts() == 0);
}
