/**
 * The only agent classes loaded by the bootstrap class loader: what advice inlined into JDK classes may call.
 * Not an API.
 */
package org.seedeverything.agent.bootstrap;
