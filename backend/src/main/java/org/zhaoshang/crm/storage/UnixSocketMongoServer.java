package org.zhaoshang.crm.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * mongo-java-server's wire protocol served on a Unix domain socket instead of a TCP port: its {@code MongoServer}
 * binds TCP only, so this builds the same Netty pipeline on a server channel for the JDK's own Unix domain sockets
 * (Java 16+: Linux, macOS, Windows 10+; no native library). Whoever may open the socket file (its owner: it is 0600,
 * in a 0700 directory) may use the store; no other local process can reach it.
 */
final class UnixSocketMongoServer implements AutoCloseable {

    private final MongoBackend backend;
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final ChannelGroup clients;
    private final Channel channel;

    private UnixSocketMongoServer(MongoBackend backend, EventLoopGroup acceptors, EventLoopGroup workers,
                                  ChannelGroup clients, Channel channel) {
        this.backend = backend;
        this.acceptors = acceptors;
        this.workers = workers;
        this.clients = clients;
        this.channel = channel;
    }

    static UnixSocketMongoServer bind(MongoBackend backend, Path socket) {
        EventLoopGroup acceptors = new NioEventLoopGroup(1, new DefaultThreadFactory("store-accept", true));
        EventLoopGroup workers = new NioEventLoopGroup(0, new DefaultThreadFactory("store-worker", true));
        ChannelGroup clients = new DefaultChannelGroup("store-clients", workers.next());
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptors, workers)
                    .channel(NioServerDomainSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .childHandler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel client) {
                            client.pipeline().addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                                                      new MongoWireProtocolHandler(),
                                                      new MongoDatabaseHandler(backend, clients),
                                                      new MongoExceptionHandler());
                        }
                    })
                    .bind(UnixDomainSocketAddress.of(socket)).syncUninterruptibly().channel();
            OwnerOnlyFiles.tighten(socket);
            return new UnixSocketMongoServer(backend, acceptors, workers, clients, channel);
        } catch (IOException | RuntimeException e) {
            acceptors.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot restrict the access to " + socket, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Stops listening, closes every client's connection, then the backend. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
        acceptors.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        backend.close();
    }
}
