// The Recruiting surface's route table, for the tests that walk every route (authentication, roles, isolation):
// each route with how to call it against a "world" of records, what kind of access it needs, and what it answers
// when allowed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "recruiting_fixture.hpp"

namespace offertracker::recruiting_test {

// One record of every kind in one org, made by its org_admin: what id-taking routes name.
struct world {
    member admin;
    long long job = 0;
    long long candidate = 0;        // in an application for job
    long long spare_candidate = 0;  // in no application (an application for it can be created)
    long long application = 0;
    long long webhook = 0;
    member colleague;  // a recruiter of the org (what PATCH /users/{user_id} names)
    std::string job_title;
    std::string candidate_name;
};

// tag names the records ("Aardvark" gives the job "Aardvark Backend Engineer" and the candidate "Aardvark Person").
world make_world(recruiting_server& s, const member& admin, const std::string& tag);

// What a member needs to be allowed a route: read (every role), write (not a viewer), admin (org_admin only).
enum class permission { read, write, admin };

struct route_case {
    std::string name;  // "PATCH /jobs/{job_id}": the method and the contract's path template
    std::string method;
    std::function<std::string(const world&)> path;  // under the prefix, with the world's ids
    std::function<std::string(const world&)> body;  // JSON (ignored for GET and DELETE); empty for none
    permission needs = permission::read;
    unsigned success = 200;
    bool multipart = false;  // body() is ignored; upload_fields() is sent instead
    std::function<std::vector<multipart_field>()> upload_fields;
};

// Every route of the contract but register, login and /healthz, in its order.
const std::vector<route_case>& protected_routes();

// Sends the route's request for world w with the given token.
reply send(recruiting_server& s, const route_case& r, const world& w, const std::string& token);

// A fresh unique local part ("user-17") for emails across a test run.
std::string unique_local(const std::string& stem);

// A TXT job req and resume the upload routes accept.
std::string sample_job_req();
std::string sample_resume(const std::string& name = "Jane Doe", const std::string& email = "jane.doe@mail.example");

}  // namespace offertracker::recruiting_test
