// An HTTP server that a test serves on 127.0.0.1 (an ephemeral port) to stand for a remote party: a model
// provider, a webhook receiver. Each connection is read on its own thread (one request, one response, then
// close), so a handler that holds its answer back does not stop the next request from being served. For tests
// only: plain HTTP, no limits, nothing but loopback.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace offertracker::testing {

struct received_request {
    std::string method;
    std::string target;
    std::vector<std::pair<std::string, std::string>> headers;  // as received, in order
    std::string body;

    // The first header of that name (compared case-insensitively), or "" when absent.
    std::string header(std::string_view name) const {
        for (const auto& [n, v] : headers)
            if (boost::beast::iequals(n, name)) return v;
        return {};
    }
    bool has_header(std::string_view name) const {
        for (const auto& [n, v] : headers)
            if (boost::beast::iequals(n, name)) return true;
        return false;
    }
};

// A complete HTTP/1.1 response that closes the connection.
inline std::string http_response(int status, std::string_view body, std::string_view extra_headers = {},
                                 std::string_view reason = "Status") {
    return "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason) + "\r\n" + std::string(extra_headers) +
           "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + std::string(body);
}

inline std::string json_response(int status, std::string_view body) {
    return http_response(status, body, "Content-Type: application/json\r\n");
}

class loopback_server {
public:
    // Returns the raw bytes to send back (usually http_response(...)); "" closes without answering.
    using handler = std::function<std::string(const received_request&, loopback_server&)>;

    explicit loopback_server(handler h)
        : acceptor_(ioc_, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0)),
          handler_(std::move(h)) {
        accept_thread_ = std::thread([this] { accept_loop(); });
    }

    ~loopback_server() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        stopped_.notify_all();
        boost::system::error_code ec;
        boost::asio::io_context wake;
        boost::asio::ip::tcp::socket s(wake);
        s.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port()), ec);
        accept_thread_.join();
        for (auto& t : connection_threads_) t.join();
    }

    loopback_server(const loopback_server&) = delete;
    loopback_server& operator=(const loopback_server&) = delete;

    std::uint16_t port() const { return port_; }
    std::string url(std::string_view path) const {
        return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
    }
    int accepts() const { return accepts_; }
    std::vector<received_request> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }

    // For a handler that must answer later than the client waits: blocks until the server is being destroyed
    // (or `at_most` passed), so a test that times out the fetch does not then wait out a fixed sleep.
    void hold(std::chrono::milliseconds at_most = std::chrono::seconds(30)) {
        std::unique_lock lock(mutex_);
        stopped_.wait_for(lock, at_most, [this] { return stopping_; });
    }

private:
    void accept_loop() {
        while (true) {
            auto socket = std::make_unique<boost::asio::ip::tcp::socket>(ioc_);
            boost::system::error_code ec;
            acceptor_.accept(*socket, ec);
            {
                std::lock_guard lock(mutex_);
                if (stopping_) return;
            }
            if (ec) continue;
            ++accepts_;
            connection_threads_.emplace_back([this, s = std::move(socket)]() mutable { serve(*s); });
        }
    }

    void serve(boost::asio::ip::tcp::socket& socket) {
        namespace http = boost::beast::http;
        boost::beast::flat_buffer buffer;
        http::request_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        boost::system::error_code ec;
        http::read(socket, buffer, parser, ec);
        if (ec) return;
        const auto& req = parser.get();
        received_request seen{std::string(req.method_string()), std::string(req.target()), {}, req.body()};
        for (const auto& f : req) seen.headers.emplace_back(std::string(f.name_string()), std::string(f.value()));
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(seen);
        }
        const std::string reply = handler_(seen, *this);
        if (!reply.empty()) boost::asio::write(socket, boost::asio::buffer(reply), ec);
        socket.shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
        socket.close(ec);
    }

    boost::asio::io_context ioc_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::uint16_t port_ = acceptor_.local_endpoint().port();
    handler handler_;
    std::thread accept_thread_;
    std::list<std::thread> connection_threads_;  // touched by the accept thread only, then by the destructor
    std::atomic<int> accepts_{0};
    mutable std::mutex mutex_;
    std::condition_variable stopped_;
    bool stopping_ = false;
    std::vector<received_request> requests_;
};

}  // namespace offertracker::testing
