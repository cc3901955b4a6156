// One JSON nesting limit (domain::max_json_depth) for request bodies and stored JSON: a body at the limit is
// stored and reads back intact, a deeper one is a 422, never a 201 that later reads back as null.
#include "api_fixture.hpp"

#include <offertracker/domain/json_text.hpp>

using namespace offertracker::api_test;
using offertracker::domain::max_json_depth;

namespace {

// An object nested `depth` levels deep, itself counted: {"level":{"level":...{"level":"bottom"}}}.
std::string nested_object(std::size_t depth) {
    std::string out;
    for (std::size_t i = 1; i < depth; ++i) out += R"({"level":)";
    out += R"({"level":"bottom"})";
    out.append(depth - 1, '}');
    return out;
}

// A reflection body whose skill_gaps makes the whole body `depth` levels deep.
std::string reflection_body(std::size_t depth) { return R"({"skill_gaps":)" + nested_object(depth - 1) + "}"; }

// Responses nest the stored value deeper still (application > reflection > skill_gaps), beyond Boost.JSON's
// default limit, so the test parses them itself.
json::value parse_deep(const std::string& text) {
    json::parse_options options;
    options.max_depth = 4 * max_json_depth;
    json::error_code ec;
    auto v = json::parse(text, ec, {}, options);
    INFO(text);
    REQUIRE_FALSE(ec);
    return v;
}

}  // namespace

TEST_CASE("json depth: skill_gaps at the limit is stored and reads back intact", "[api][reflection][json]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string app = str(s.create_application(ada).at("id"));
        const std::string path = "/applications/" + app + "/reflection";
        const std::string gaps = nested_object(max_json_depth - 1);

        const auto created = s.post(path, reflection_body(max_json_depth), ada.token);
        INFO(created.raw);
        REQUIRE(created.status == 201);
        CHECK(json::serialize(parse_deep(created.raw).at("skill_gaps")) == gaps);

        const auto one = s.get("/applications/" + app, ada.token);
        REQUIRE(one.status == 200);
        CHECK(json::serialize(parse_deep(one.raw).at("reflection").at("skill_gaps")) == gaps);
        const auto list = s.get("/applications/", ada.token);
        REQUIRE(list.status == 200);
        CHECK(json::serialize(parse_deep(list.raw).as_array().at(0).at("reflection").at("skill_gaps")) == gaps);

        // The update path reads the same way.
        const std::string id = str(parse_deep(created.raw).at("id"));
        const auto updated = s.put(path + "/" + id, reflection_body(max_json_depth), ada.token);
        REQUIRE(updated.status == 200);
        CHECK(json::serialize(parse_deep(updated.raw).at("skill_gaps")) == gaps);
    });
}

TEST_CASE("json depth: a body nested deeper than the limit is a 422 at the body root", "[api][reflection][json]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string app = str(s.create_application(ada).at("id"));
        const std::string path = "/applications/" + app + "/reflection";
        const std::string message = "Invalid JSON: nested deeper than " + std::to_string(max_json_depth) + " levels";
        // One level over the limit, and the 40 levels of the original report.
        for (const std::size_t depth : {max_json_depth + 1, std::size_t{40}}) {
            INFO("depth " << depth);
            check_422(s.post(path, reflection_body(depth), ada.token), {"body"}, "json_invalid", message);
            CHECK(s.get("/applications/" + app, ada.token)["reflection"].is_null());
        }
        // Updates too: the stored reflection keeps its skill_gaps.
        const auto created = s.post(path, R"({"skill_gaps":{"DSA":"weak"}})", ada.token);
        REQUIRE(created.status == 201);
        check_422(s.put(path + "/" + str(created["id"]), reflection_body(max_json_depth + 1), ada.token), {"body"},
                  "json_invalid", message);
        CHECK(json::serialize(s.get("/applications/" + app, ada.token)["reflection"].at("skill_gaps")) ==
              R"({"DSA":"weak"})");
    });
}
