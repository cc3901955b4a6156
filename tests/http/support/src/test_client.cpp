// The blocking test client: asynchronous Asio/Beast operations driven by run_for, so every wait has a deadline.
#include <offertracker/testing/test_client.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>

namespace offertracker::testing {

namespace net = boost::asio;
namespace bhttp = boost::beast::http;
using boost::system::error_code;

namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

std::optional<std::string> test_response::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (iequals(key, name)) return value;
    }
    return std::nullopt;
}

struct test_client::impl {
    net::io_context io;
    net::ip::tcp::socket socket{io};
    boost::beast::flat_buffer buffer;
    std::chrono::milliseconds timeout{5000};
    std::string host;
    test_headers defaults;

    // Runs one asynchronous operation to completion or to the deadline; returns its error code.
    template <class Start>
    error_code run(Start start, std::size_t* transferred = nullptr) {
        bool done = false;
        error_code result;
        io.restart();
        start([&](error_code ec, std::size_t n) {
            done = true;
            result = ec;
            if (transferred) *transferred = n;
        });
        io.run_for(timeout);
        if (!done) {
            error_code ignored;
            socket.cancel(ignored);
            io.restart();
            io.run();  // let the cancelled operation complete before its locals go away
            return net::error::timed_out;
        }
        return result;
    }
};

test_client::test_client() : impl_(std::make_unique<impl>()) {}

test_client::test_client(unsigned short port, std::string host) : test_client() { connect(port, std::move(host)); }

test_client::~test_client() = default;
test_client::test_client(test_client&&) noexcept = default;
test_client& test_client::operator=(test_client&&) noexcept = default;

void test_client::connect(unsigned short port, std::string host) {
    close();
    error_code ec;
    const auto address = net::ip::make_address(host, ec);
    if (ec) throw test_client_error("test_client: bad address " + host);
    const net::ip::tcp::endpoint endpoint{address, port};
    ec = impl_->run([&](auto handler) { impl_->socket.async_connect(endpoint, [handler](error_code e) mutable { handler(e, 0); }); });
    if (ec) throw test_client_error("test_client: connect to " + host + ":" + std::to_string(port) + " failed: " + ec.message());
    impl_->host = host + ":" + std::to_string(port);
    impl_->buffer.clear();
}

void test_client::close() noexcept {
    error_code ignored;
    impl_->socket.shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    impl_->socket.close(ignored);
}

bool test_client::is_open() const noexcept { return impl_->socket.is_open(); }

void test_client::set_timeout(std::chrono::milliseconds timeout) noexcept { impl_->timeout = timeout; }

std::chrono::milliseconds test_client::timeout() const noexcept { return impl_->timeout; }

void test_client::set_default_header(std::string name, std::string value) {
    impl_->defaults.emplace_back(std::move(name), std::move(value));
}

void test_client::clear_default_headers() noexcept { impl_->defaults.clear(); }

void test_client::send_raw(std::string_view bytes) {
    const auto ec = impl_->run([&](auto handler) {
        net::async_write(impl_->socket, net::buffer(bytes.data(), bytes.size()), handler);
    });
    if (ec) throw test_client_error("test_client: send failed: " + ec.message());
}

test_response test_client::read_response(bool head) {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(boost::none);
    parser.skip(head);
    const auto ec = impl_->run([&](auto handler) { bhttp::async_read(impl_->socket, impl_->buffer, parser, handler); });
    if (ec) throw test_client_error("test_client: reading the response failed: " + ec.message());
    auto message = parser.release();
    test_response out;
    out.status = message.result_int();
    for (const auto& field : message) out.headers.emplace_back(field.name_string(), field.value());
    out.body = std::move(message.body());
    out.keep_alive = message.keep_alive();
    return out;
}

bool test_client::wait_closed(std::chrono::milliseconds within) {
    const auto deadline = std::chrono::steady_clock::now() + within;
    const auto saved = impl_->timeout;
    char scratch[4096];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        impl_->timeout = left;
        const auto ec = impl_->run([&](auto handler) { impl_->socket.async_read_some(net::buffer(scratch), handler); });
        if (ec == net::error::timed_out) break;
        if (ec) {  // eof, reset, aborted: the server closed the connection
            impl_->timeout = saved;
            return true;
        }
    }
    impl_->timeout = saved;
    return false;
}

test_response test_client::request(std::string_view method, std::string_view target, std::string_view body,
                                   const test_headers& headers) {
    std::string text;
    text.append(method).append(" ").append(target).append(" HTTP/1.1\r\n");
    text.append("Host: ").append(impl_->host).append("\r\n");
    for (const auto& [name, value] : impl_->defaults) text.append(name).append(": ").append(value).append("\r\n");
    for (const auto& [name, value] : headers) text.append(name).append(": ").append(value).append("\r\n");
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
        text.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
    text.append("\r\n").append(body);
    send_raw(text);
    return read_response(method == "HEAD");
}

test_response test_client::get(std::string_view target, const test_headers& headers) {
    return request("GET", target, {}, headers);
}

test_response test_client::del(std::string_view target, const test_headers& headers) {
    return request("DELETE", target, {}, headers);
}

test_response test_client::post(std::string_view target, std::string_view body, const test_headers& headers) {
    return request("POST", target, body, headers);
}

test_response test_client::put(std::string_view target, std::string_view body, const test_headers& headers) {
    return request("PUT", target, body, headers);
}

test_response test_client::patch(std::string_view target, std::string_view body, const test_headers& headers) {
    return request("PATCH", target, body, headers);
}

test_response test_client::post_json(std::string_view target, std::string_view json, const test_headers& headers) {
    test_headers all{{"Content-Type", "application/json"}};
    all.insert(all.end(), headers.begin(), headers.end());
    return request("POST", target, json, all);
}

multipart_body make_multipart(const std::vector<multipart_field>& fields, std::string_view boundary) {
    multipart_body out;
    out.content_type = "multipart/form-data; boundary=" + std::string{boundary};
    for (const auto& field : fields) {
        out.body.append("--").append(boundary).append("\r\n");
        out.body.append("Content-Disposition: form-data; name=\"").append(field.name).append("\"");
        if (field.filename) out.body.append("; filename=\"").append(*field.filename).append("\"");
        out.body.append("\r\n");
        if (!field.content_type.empty()) out.body.append("Content-Type: ").append(field.content_type).append("\r\n");
        out.body.append("\r\n").append(field.data).append("\r\n");
    }
    out.body.append("--").append(boundary).append("--\r\n");
    return out;
}

}  // namespace offertracker::testing
