# ruff: noqa: E501 - one question per line reads best
"""Development probes (data/dev_probes.json, 280 questions): written while fixing the tutor, after
reading its parser, to try phrasings, units and distractors around each rule; answers computed here
with the textbook formulas (g = 9.81 m/s^2). Not blind: a regression net, not an estimate (the blind
sets in blind_answers.py are the estimate).

Regenerate with `python3 tests/agents_api/probe_answers.py tests/agents_api/data/dev_probes.json`."""

import json
import math
import sys
from collections import Counter

g = 9.81
d = math.radians
pi = math.pi
P: list[dict] = []


def q(t: str, s: str, v: float, u: str) -> None:
    P.append({"topic": t, "question": s, "value": float(v), "unit": u, "rel_tol": 0.02})


K, F, E, M, A, X = "kinematics", "forces", "energy", "momentum", "angular_motion", "math"
# --- round 1
q(K, "What is the acceleration of a car that goes from 0 to 100 km/h in 8 s?", 100 / 3.6 / 8, "m/s^2")
q(K, "A train moving at 30 m/s decelerates uniformly at 1.5 m/s^2. How long does it take to stop?", 20, "s")
q(K, "How far does an object fall in 4 s if dropped from rest?", 0.5 * g * 16, "m")
q(K, "A stone is dropped from a bridge and takes 3 s to hit the water. How high is the bridge?", 0.5 * g * 9, "m")
q(K, "A ball is thrown straight up at 30 m/s. How long until it returns to the ground?", 60 / g, "s")
q(K, "A cyclist travels 5 km in 15 minutes. Calculate her average speed in km/h.", 20, "km/h")
q(K, "A plane flies at 900 km/h. How far does it go in 2.5 hours?", 2250, "km")
q(K, "An object accelerates at 2 m/s² from 3 m/s to 11 m/s. How long does this take?", 4, "s")
q(K, "A car traveling at 25 m/s brakes with a deceleration of 5 m/s^2. What is its stopping distance?", 62.5, "m")
q(
    K,
    "A ball rolls off a 1.25 m high bench with a horizontal speed of 4 m/s. How long does it take to reach the floor?",
    math.sqrt(2.5 / g),
    "s",
)
q(
    K,
    "A football is kicked with a velocity of 20 m/s at an angle of 37 degrees. How far does it travel horizontally before landing?",
    400 * math.sin(d(74)) / g,
    "m",
)
q(
    K,
    "A projectile is fired horizontally from an 80 m cliff at 25 m/s. With what speed does it hit the ground?",
    math.sqrt(625 + 2 * g * 80),
    "m/s",
)
q(K, "Starting from rest, a motorbike reaches a speed of 30 m/s in 6 seconds. How far has it travelled?", 90, "m")
q(K, "A stone thrown vertically upwards returns to the thrower 4 s later. What was its initial speed?", 2 * g, "m/s")
q(K, "A car accelerates at 3 m/s^2 for 4 s starting at 5 m/s. How far does it go?", 44, "m")
q(F, "Calculate the weight of a 2.5 kg bag of sugar.", 2.5 * g, "N")
q(F, "What is the mass of an object that weighs 147 N?", 147 / g, "kg")
q(F, "A 1500 kg car accelerates at 2 m/s^2. What net force acts on it in kN?", 3, "kN")
q(F, "A force of 600 N accelerates a 150 kg motorbike. Find its acceleration.", 4, "m/s^2")
q(F, "A 4 kg block is pulled across a frictionless table by a force of 10 N. What is its acceleration?", 2.5, "m/s^2")
q(
    F,
    "A 20 kg box on a rough floor (μk = 0.3) is pushed horizontally with 100 N. What is its acceleration?",
    (100 - 0.3 * 20 * g) / 20,
    "m/s^2",
)
q(F, "A 25 kg crate sits on a 35° incline. What is the normal force?", 25 * g * math.cos(d(35)), "N")
q(
    F,
    "A 5 kg block rests on a frictionless 30° ramp. What force parallel to the ramp is needed to hold it in place?",
    5 * g * 0.5,
    "N",
)
q(F, "A spring stretches 3 cm when a 1.5 N weight hangs from it. What is its spring constant?", 50, "N/m")
q(F, "A spring with k = 500 N/m is compressed by 4 cm. What force does it exert?", 20, "N")
q(F, "How far will a spring of constant 300 N/m stretch when a 60 N force is applied?", 0.2, "m")
q(
    F,
    "Two masses of 5 kg and 7 kg are connected over a pulley (Atwood machine). Find the acceleration.",
    g * 2 / 12,
    "m/s^2",
)
q(
    F,
    "A 2 kg mass hangs from a rope. The rope pulls it upward with an acceleration of 3 m/s^2. What is the tension?",
    2 * (g + 3),
    "N",
)
q(
    F,
    "A force of 30 N is applied at an angle of 40° to the horizontal. Find the vertical component.",
    30 * math.sin(d(40)),
    "N",
)
q(F, "A 10 N force acts north and a 24 N force acts east. What is the magnitude of the resultant?", 26, "N")
q(
    F,
    "A 50 kg crate is pushed with 200 N while a friction force of 80 N opposes it. What is its acceleration?",
    2.4,
    "m/s^2",
)
q(F, "What is the maximum static friction on a 12 kg box if μs = 0.45?", 0.45 * 12 * g, "N")
q(
    F,
    "A 3 kg block on a frictionless table is connected over a pulley to a 2 kg hanging mass. What is the tension in the string?",
    3 * 2 * g / 5,
    "N",
)
q(E, "Find the kinetic energy of a 70 kg cyclist riding at 10 m/s.", 3500, "J")
q(E, "What is the gravitational potential energy of a 500 g ball held 2 m above the ground?", 0.5 * g * 2, "J")
q(E, "A spring (k = 1000 N/m) is stretched by 2 cm. How much energy is stored?", 0.2, "J")
q(
    E,
    "A person pushes a lawnmower with a force of 80 N at 45 degrees below the horizontal for 30 m. How much work is done?",
    80 * 30 * math.cos(d(45)),
    "J",
)
q(E, "A 60 kg person climbs stairs 3 m high in 4 s. Calculate the power.", 60 * g * 3 / 4, "W")
q(E, "How much work does a 500 W motor do in 2 minutes?", 60000, "J")
q(
    E,
    "A 2 kg object is dropped from 15 m. What is its speed just before hitting the ground?",
    math.sqrt(2 * g * 15),
    "m/s",
)
q(E, "A ball is dropped from 20 m. What is its speed when it is 5 m above the ground?", math.sqrt(2 * g * 15), "m/s")
q(E, "A 1200 kg car is travelling at 30 m/s. How much work is needed to stop it?", 540000, "J")
q(E, "A 0.5 kg ball is kicked from rest and leaves the foot at 20 m/s. How much work was done on the ball?", 100, "J")
q(
    E,
    "A pendulum swings from a height of 0.2 m above its lowest point. What is its maximum speed?",
    math.sqrt(2 * g * 0.2),
    "m/s",
)
q(
    E,
    "A 50 kg skier starts from rest at the top of a 20 m high frictionless slope. What is her kinetic energy at the bottom?",
    50 * g * 20,
    "J",
)
q(E, "A machine is 25% efficient. If it is supplied with 800 J, how much useful energy does it output?", 200, "J")
q(E, "A crane does 60 kJ of work in 30 s. What is its power output in kW?", 2, "kW")
q(E, "A 1500 W microwave runs for 90 s. How much energy does it use?", 135000, "J")
q(M, "A 0.05 kg bullet travels at 300 m/s. What is its momentum?", 15, "kg*m/s")
q(M, "What velocity does a 2 kg object have if its momentum is 12 kg m/s?", 6, "m/s")
q(M, "A 1000 kg car moving at 5 m/s hits a wall and stops in 0.2 s. What is the average force on the car?", 25000, "N")
q(
    M,
    "A 0.2 kg ball moving at 15 m/s is hit back in the opposite direction at 25 m/s. What is the magnitude of the change in momentum?",
    8,
    "kg*m/s",
)
q(
    M,
    "A 6 kg bowling ball at 4 m/s hits a 1 kg pin at rest. The ball continues at 3 m/s. What is the velocity of the pin?",
    6,
    "m/s",
)
q(
    M,
    "Two carts of 2 kg and 3 kg move toward each other at 4 m/s and 2 m/s. They stick together. What is their final velocity?",
    0.4,
    "m/s",
)
q(
    M,
    "A 0.01 kg bullet is fired from a 2 kg gun with a speed of 500 m/s. Find the recoil velocity of the gun.",
    2.5,
    "m/s",
)
q(M, "An 80 kg man jumps from a 120 kg boat at rest with a speed of 3 m/s. What is the speed of the boat?", 2, "m/s")
q(M, "An impulse of 5 N s acts on a 0.25 kg ball initially at rest. What is its speed afterwards?", 20, "m/s")
q(
    M,
    "A 2000 kg truck moving at 15 m/s collides with a stationary 1000 kg car. They stick together. How much kinetic energy is lost?",
    75000,
    "J",
)
q(A, "A wheel rotates at 300 rpm. What is its angular velocity in rad/s?", 10 * pi, "rad/s")
q(A, "A disc accelerates from 10 rad/s to 30 rad/s in 5 s. What is its angular acceleration?", 4, "rad/s^2")
q(
    A,
    "A fan blade turning at 40 rad/s slows uniformly to a stop in 8 s. How many revolutions does it make while stopping?",
    160 / (2 * pi),
    "rev",
)
q(A, "What is the moment of inertia of a uniform disk with mass 3 kg and diameter 0.4 m?", 0.06, "kg*m^2")
q(A, "A solid sphere has a mass of 2 kg and a radius of 10 cm. What is its moment of inertia?", 0.008, "kg*m^2")
q(A, "A 1 m long rod of mass 3 kg pivots about one end. Find its moment of inertia.", 1, "kg*m^2")
q(
    A,
    "A force of 50 N is applied at the end of a 0.4 m spanner at 60 degrees to it. What is the torque?",
    20 * math.sin(d(60)),
    "N*m",
)
q(
    A,
    "A torque of 15 N m acts on a flywheel of moment of inertia 5 kg m^2. Find its angular acceleration.",
    3,
    "rad/s^2",
)
q(A, "A wheel of radius 0.3 m rotates at 20 rad/s. What is the linear speed of a point on its rim?", 6, "m/s")
q(
    A,
    "A car travels round a circular track of radius 100 m at 20 m/s. What is its centripetal acceleration?",
    4,
    "m/s^2",
)
q(A, "What centripetal force is needed to keep a 1000 kg car moving at 10 m/s around a bend of radius 25 m?", 4000, "N")
q(A, "A 2 kg solid disk of radius 0.2 m spins at 10 rad/s. What is its rotational kinetic energy?", 2, "J")
q(
    A,
    "A hollow sphere rolls without slipping from rest down a slope of vertical height 1.8 m. What is its speed at the bottom?",
    math.sqrt(2 * g * 1.8 / (5 / 3)),
    "m/s",
)
q(
    A,
    "A merry-go-round with moment of inertia 200 kg m^2 rotates at 1.2 rad/s. What is its angular momentum?",
    240,
    "kg*m^2/s",
)
q(
    A,
    "A wheel makes 120 revolutions in 1 minute at a constant rate. What is its angular velocity in rad/s?",
    4 * pi,
    "rad/s",
)
q(X, "Find the roots of x^2 - 9 = 0. Give the positive root.", 3, "")
q(X, "Solve for x: 2x - 8 = 0.", 4, "")
q(X, "What is tan 30°?", math.tan(d(30)), "")
q(X, "What is sin(π/6)?", 0.5, "")
q(X, "Calculate cos 120°.", -0.5, "")
q(X, "Convert 5000 m to km.", 5, "km")
q(X, "Convert 1.5 kg to grams.", 1500, "g")
q(X, "How many seconds are in 3 hours?", 10800, "s")
q(X, "Convert 100 km/h to m/s.", 100 / 3.6, "m/s")
q(X, "Convert 180 degrees to radians.", pi, "rad")
q(X, "A right triangle has a hypotenuse of 10 and a leg of 6. Find the other leg.", 8, "")
q(X, "What is log(100)?", 2, "")
q(X, "Find the third side of a triangle with sides 3 and 4 and an included angle of 90 degrees.", 5, "")

# --- round 2
q(K, "Determine the time taken for a car to accelerate from 36 km/h to 72 km/h at 2 m/s^2.", 5, "s")
q(K, "Find the distance covered by a train moving at 120 km/h for 45 minutes.", 90, "km")
q(
    K,
    "An aeroplane starts from rest and accelerates uniformly down the runway, reaching 60 m/s after 1200 m. What is its acceleration?",
    1.5,
    "m/s^2",
)
q(K, "A brick falls off a roof 12 m above the ground. How long does it take to hit the ground?", math.sqrt(24 / g), "s")
q(
    K,
    "With what speed does a stone hit the ground if it is dropped from a 30 m high building?",
    math.sqrt(2 * g * 30),
    "m/s",
)
q(
    K,
    "A bullet is fired vertically upward with a speed of 200 m/s. What maximum height does it reach? Ignore air resistance.",
    200**2 / (2 * g),
    "m",
)
q(
    K,
    "A javelin is thrown at 28 m/s at 42 degrees above the horizontal. How long is it in the air?",
    2 * 28 * math.sin(d(42)) / g,
    "s",
)
q(
    K,
    "A car slows down from 30 m/s to 12 m/s in 6 s. What distance does it travel in this time?",
    (30 + 12) / 2 * 6,
    "m",
)
q(K, "A sprinter starting from rest reaches 10 m/s in 2.5 s. What is his acceleration?", 4, "m/s^2")
q(
    K,
    "A tennis ball is hit horizontally at 30 m/s from a height of 2.4 m. How far does it travel horizontally before it hits the ground?",
    30 * math.sqrt(4.8 / g),
    "m",
)
q(K, "How long does it take light to travel 150 million km at 300,000 km/s?", 500, "s")
q(K, "A runner covers 400 m in 50 s. What is her average speed?", 8, "m/s")
q(K, "A cart accelerates at 0.8 m/s^2 from rest for 15 s. What is its final velocity?", 12, "m/s")
q(
    K,
    "A ball is thrown vertically upwards at 9.8 m/s. After how many seconds does it reach its highest point?",
    9.8 / g,
    "s",
)
q(
    K,
    "A motorist travelling at 20 m/s sees a hazard and brakes, decelerating at 4 m/s^2. How far does the car travel before stopping?",
    50,
    "m",
)
q(F, "A 65 kg skydiver falls with an acceleration of 6 m/s^2. What is the air resistance on her?", 65 * (g - 6), "N")
q(F, "A trolley of mass 800 g is pulled with a force of 2 N. What is its acceleration?", 2.5, "m/s^2")
q(F, "What force is required to give a 2 tonne truck an acceleration of 1.5 m/s^2?", 3000, "N")
q(F, "A mass of 8 kg hangs from a spring, stretching it by 16 cm. Find the spring constant.", 8 * g / 0.16, "N/m")
q(
    F,
    "A 12 kg box is pulled by a rope at 30 degrees above the horizontal with a tension of 50 N. What is the horizontal component of the tension?",
    50 * math.cos(d(30)),
    "N",
)
q(
    F,
    "A 40 kg box slides down a 25° slope. The coefficient of kinetic friction is 0.15. Find the acceleration of the box.",
    g * (math.sin(d(25)) - 0.15 * math.cos(d(25))),
    "m/s^2",
)
q(F, "What is the weight of a 90 kg man on Mars, where g = 3.7 m/s^2?", 333, "N")
q(F, "Find the tension in a cable lifting a 300 kg load upward at a constant speed.", 300 * g, "N")
q(
    F,
    "Masses of 10 kg and 15 kg hang from the ends of a light string passing over a frictionless pulley. What is the tension in the string?",
    2 * 10 * 15 * g / 25,
    "N",
)
q(F, "A 2 kg book rests on a table. What is the normal force exerted by the table on the book?", 2 * g, "N")
q(F, "Forces of 9 N and 12 N act at right angles on a body. Find the resultant force.", 15, "N")
q(
    F,
    "A car of mass 1200 kg experiences a driving force of 4000 N and a resistive force of 1600 N. What is its acceleration?",
    2,
    "m/s^2",
)
q(F, "A force of 250 N stretches a spring by 5 cm. How much will a force of 400 N stretch it?", 0.08, "m")
q(
    F,
    "A 30 kg crate is pushed across a floor at constant speed. The coefficient of kinetic friction is 0.4. What is the friction force?",
    0.4 * 30 * g,
    "N",
)
q(E, "How much kinetic energy does a 3 g bullet have when moving at 400 m/s?", 0.5 * 0.003 * 160000, "J")
q(
    E,
    "A 40 kg child sits at the top of a slide 3 m high. What is her gravitational potential energy relative to the ground?",
    40 * g * 3,
    "J",
)
q(E, "A box is pushed 12 m along the floor by a horizontal force of 25 N. Calculate the work done.", 300, "J")
q(
    E,
    "A weightlifter raises a 150 kg barbell 2 m above the floor in 1.5 s. What is the average power?",
    150 * g * 2 / 1.5,
    "W",
)
q(E, "An electric motor has a power output of 750 W. How long does it take to do 45 kJ of work?", 60, "s")
q(E, "A 0.25 kg ball is thrown upward at 12 m/s. How high does it go?", 144 / (2 * g), "m")
q(
    E,
    "A roller coaster car is moving at 20 m/s at the bottom of a hill. Ignoring friction, how high can it climb?",
    400 / (2 * g),
    "m",
)
q(E, "A 70 kg sprinter accelerates from 2 m/s to 9 m/s. How much work is done on her?", 0.5 * 70 * (81 - 4), "J")
q(E, "A compressed spring of spring constant 600 N/m stores 3 J of energy. By how much is it compressed?", 0.1, "m")
q(E, "A car engine produces 60 kW while the car travels at a steady 30 m/s. What is the driving force?", 2000, "N")
q(E, "A 900 kg car moving at 15 m/s has how much kinetic energy in kJ?", 101.25, "kJ")
q(
    E,
    "A ball of mass 0.3 kg rolls down a frictionless ramp from a height of 1.8 m. What is its speed at the bottom?",
    math.sqrt(2 * g * 1.8),
    "m/s",
)
q(
    E,
    "A hammer of mass 1.2 kg moving at 8 m/s hits a nail. How much kinetic energy does it have just before impact?",
    0.5 * 1.2 * 64,
    "J",
)
q(E, "A kettle transfers 180 kJ of energy in 2 minutes. What is its power?", 1500, "W")
q(M, "Find the momentum of a 60 kg skateboarder moving at 4 m/s.", 240, "kg*m/s")
q(
    M,
    "A 0.5 kg ball moving at 8 m/s hits a wall and rebounds with the same speed. What is the magnitude of the change in momentum?",
    8,
    "kg*m/s",
)
q(
    M,
    "A 1200 kg car travelling at 25 m/s collides with a 1800 kg van at rest. If they move together after the collision, what is their common velocity?",
    30000 / 3000,
    "m/s",
)
q(
    M,
    "A 40 g bullet is fired from a 4 kg rifle at 500 m/s. What is the recoil speed of the rifle?",
    0.04 * 500 / 4,
    "m/s",
)
q(
    M,
    "A 0.15 kg baseball moving at 40 m/s is stopped by a catcher's mitt in 0.02 s. What is the average force exerted by the mitt?",
    0.15 * 40 / 0.02,
    "N",
)
q(
    M,
    "A force of 50 N acts on a 10 kg trolley for 3 s. The trolley starts from rest. What is its final speed?",
    15,
    "m/s",
)
q(
    M,
    "A 3 kg ball moving at 5 m/s collides head-on elastically with a stationary 2 kg ball. What is the speed of the 2 kg ball after the collision?",
    2 * 3 * 5 / 5,
    "m/s",
)
q(
    M,
    "A 500 kg railway truck moving at 3 m/s collides with a stationary 1000 kg truck and they couple together. Find their speed after the collision.",
    1500 / 1500,
    "m/s",
)
q(M, "A 5 kg object changes velocity from 2 m/s to 10 m/s. What impulse was applied?", 40, "N*s")
q(
    M,
    "A 70 kg ice skater throws a 5 kg ball horizontally at 14 m/s. With what speed does the skater move backwards?",
    1,
    "m/s",
)
q(M, "What is the momentum of a 2.5 tonne truck moving at 54 km/h?", 2500 * 15, "kg*m/s")
q(
    M,
    "A tennis racket exerts an average force of 250 N on a 58 g ball for 0.004 s. The ball was initially at rest. What is the speed of the ball after the hit?",
    250 * 0.004 / 0.058,
    "m/s",
)
q(
    A,
    "A turbine speeds up from rest to 3000 rpm in 20 s. What is its angular acceleration?",
    3000 * 2 * pi / 60 / 20,
    "rad/s^2",
)
q(
    A,
    "A wheel turning at 8 rad/s has an angular acceleration of 2 rad/s^2. What is its angular velocity after 3 s?",
    14,
    "rad/s",
)
q(A, "How many revolutions does a wheel make if it turns through 50 radians?", 50 / (2 * pi), "rev")
q(A, "Calculate the moment of inertia of a thin ring of mass 0.5 kg and radius 0.25 m.", 0.5 * 0.0625, "kg*m^2")
q(
    A,
    "A uniform solid cylinder has mass 6 kg and radius 0.15 m. What is its moment of inertia about its axis?",
    0.5 * 6 * 0.0225,
    "kg*m^2",
)
q(A, "A metre rule of mass 0.2 kg is pivoted at its centre. What is its moment of inertia?", 0.2 * 1 / 12, "kg*m^2")
q(
    A,
    "A child pushes a merry-go-round with a force of 80 N at a distance of 1.5 m from the axis, perpendicular to the radius. What torque does she apply?",
    120,
    "N*m",
)
q(
    A,
    "A net torque of 40 N m acts on a wheel whose moment of inertia is 2.5 kg m^2. What is its angular acceleration?",
    16,
    "rad/s^2",
)
q(
    A,
    "A point on a spinning disc is 8 cm from the centre and moves at 2 m/s. What is the angular velocity of the disc?",
    25,
    "rad/s",
)
q(
    A,
    "A 0.3 kg ball on a string moves in a horizontal circle of radius 0.5 m at 3 m/s. What is the tension in the string?",
    0.3 * 9 / 0.5,
    "N",
)
q(
    A,
    "A solid disc rolls without slipping down a slope from rest. The slope is 2.5 m high. What speed does it reach at the bottom?",
    math.sqrt(4 / 3 * g * 2.5),
    "m/s",
)
q(
    A,
    "A flywheel has a moment of inertia of 4 kg m^2 and spins at 600 rpm. What is its rotational kinetic energy?",
    0.5 * 4 * (20 * pi) ** 2,
    "J",
)
q(
    A,
    "A spinning wheel with moment of inertia 0.6 kg m^2 has an angular momentum of 9 kg m^2/s. What is its angular velocity?",
    15,
    "rad/s",
)
q(A, "A car wheel of radius 0.35 m rotates at 40 rad/s. What is the car's speed in km/h?", 14 * 3.6, "km/h")
q(X, "Solve x^2 + 6x + 8 = 0 and give the larger root.", -2, "")
q(X, "Find x if 5x + 3 = 18.", 3, "")
q(X, "What is cos(45°)?", math.cos(d(45)), "")
q(X, "What is sin 90 degrees?", 1, "")
q(X, "Evaluate tan(0.5 rad).", math.tan(0.5), "")
q(X, "What is arccos(0.8) in degrees?", math.degrees(math.acos(0.8)), "degree")
q(X, "Convert 45 minutes to hours.", 0.75, "h")
q(X, "Convert 2.5 km to cm.", 250000, "cm")
q(X, "Convert 3600 rpm to rad/s.", 3600 * 2 * pi / 60, "rad/s")
q(X, "Convert 1 radian to degrees.", math.degrees(1), "degree")
q(X, "Convert 15 m/s to km/h.", 54, "km/h")
q(
    X,
    "A triangle has two sides of length 6 and 10 with an included angle of 50 degrees. Find the length of the third side.",
    math.sqrt(36 + 100 - 120 * math.cos(d(50))),
    "",
)
q(X, "The legs of a right triangle are 7 and 24. How long is the hypotenuse?", 25, "")
q(X, "What is log10(50)?", math.log10(50), "")
q(X, "Solve 3x^2 - 12 = 0 for the positive root.", 2, "")

# --- round 3
q(K, "What is the speed of a car that travels 240 m in 16 s at constant speed?", 15, "m/s")
q(K, "If a ball is dropped from rest, how far does it fall in the first 2.5 seconds?", 0.5 * g * 6.25, "m")
q(K, "A 1500 kg car going at 108 km/h stops in 5 s. What is its deceleration?", 6, "m/s^2")
q(
    K,
    "A lorry accelerates from 5 m/s at 0.5 m/s^2. How long does it take to travel 100 m?",
    (-5 + math.sqrt(25 + 100)) / 0.5,
    "s",
)
q(
    K,
    "A stone is thrown downward at 5 m/s from a 40 m high cliff. How fast is it moving when it hits the ground?",
    math.sqrt(25 + 2 * g * 40),
    "m/s",
)
q(
    K,
    "An object is launched at 40 m/s at 60 degrees above the horizontal from level ground. What is its maximum height?",
    (40 * math.sin(d(60))) ** 2 / (2 * g),
    "m",
)
q(K, "A car goes from 0 to 60 mph in 6 s. What is its average acceleration?", 60 * 0.44704 / 6, "m/s^2")
q(K, "How long does it take a dropped object to reach a speed of 20 m/s?", 20 / g, "s")
q(K, "A skateboarder rolls at a steady 4 m/s for 2 minutes. How far does she go?", 480, "m")
q(
    K,
    "A ball is kicked horizontally off a 20 m high cliff and lands 30 m from the base. What was its initial speed?",
    30 / math.sqrt(40 / g),
    "m/s",
)
q(
    K,
    "A truck moving at 20 m/s accelerates at 1 m/s^2 over a distance of 150 m. What is its final speed?",
    math.sqrt(400 + 300),
    "m/s",
)
q(
    F,
    "A crate of mass 45 kg is lifted by a crane with an upward acceleration of 0.5 m/s^2. What is the tension in the crane cable?",
    45 * (g + 0.5),
    "N",
)
q(F, "What acceleration does a 20 N force give to a 500 g ball?", 40, "m/s^2")
q(F, "A 1.2 kN force acts on a 300 kg cart. Ignoring friction, what is its acceleration?", 4, "m/s^2")
q(
    F,
    "A sledge of mass 30 kg is pulled along horizontal snow with a force of 90 N. The coefficient of kinetic friction is 0.2. What is its acceleration?",
    (90 - 0.2 * 30 * g) / 30,
    "m/s^2",
)
q(
    F,
    "A 15 kg block sits on a ramp inclined at 28°. Find the component of its weight acting down the ramp.",
    15 * g * math.sin(d(28)),
    "N",
)
q(
    F,
    "A spring has a natural length of 10 cm and a spring constant of 40 N/m. What force stretches it to a length of 15 cm?",
    2,
    "N",
)
q(
    F,
    "A 6 kg mass and a 4 kg mass hang on either side of a pulley. What is the acceleration of the system?",
    2 * g / 10,
    "m/s^2",
)
q(F, "Two forces, 5 N east and 12 N north, act on an object. What is the size of the resultant force?", 13, "N")
q(
    F,
    "A box of mass 25 kg is at rest on a horizontal floor. The coefficient of static friction is 0.5. What is the maximum friction force?",
    0.5 * 25 * g,
    "N",
)
q(F, "A 70 kg astronaut weighs how much on the Moon, where g = 1.6 m/s^2?", 112, "N")
q(
    F,
    "A lift of mass 800 kg descends with an acceleration of 1.2 m/s^2. Find the tension in its cable.",
    800 * (g - 1.2),
    "N",
)
q(E, "A 1200 kg car moves at 90 km/h. What is its kinetic energy in kJ?", 0.5 * 1200 * 625 / 1000, "kJ")
q(
    E,
    "How much energy is stored in a spring with a spring constant of 250 N/m when it is stretched by 6 cm?",
    0.5 * 250 * 0.0036,
    "J",
)
q(
    E,
    "A girl of mass 45 kg runs up a hill 12 m high. How much gravitational potential energy does she gain?",
    45 * g * 12,
    "J",
)
q(
    E,
    "A boy pulls a sledge 50 m with a force of 40 N along a rope at 20° to the ground. How much work does he do?",
    40 * 50 * math.cos(d(20)),
    "J",
)
q(E, "A 2 kW motor runs for 10 minutes. How much energy does it transfer in MJ?", 1.2, "MJ")
q(
    E,
    "A lift raises 10 people of total mass 700 kg through 30 m in 20 s. What is the useful power output?",
    700 * g * 30 / 20,
    "W",
)
q(
    E,
    "A swing is released from rest 1.2 m above its lowest point. How fast is it moving at the lowest point?",
    math.sqrt(2 * g * 1.2),
    "m/s",
)
q(E, "A 0.4 kg ball falls from a 5 m high wall. What is its kinetic energy as it reaches the ground?", 0.4 * g * 5, "J")
q(
    E,
    "A spring of constant 400 N/m is compressed 5 cm and used to fire a 20 g ball horizontally. What is the ball's speed?",
    0.05 * math.sqrt(400 / 0.02),
    "m/s",
)
q(
    E,
    "A cyclist and bicycle have a combined mass of 80 kg and are moving at 8 m/s. How much work must the brakes do to stop them?",
    0.5 * 80 * 64,
    "J",
)
q(
    E,
    "A 5 kg trolley accelerates from 3 m/s to 7 m/s. Calculate the change in its kinetic energy.",
    0.5 * 5 * (49 - 9),
    "J",
)
q(E, "A light bulb transfers 1800 J of energy in 30 s. What is its power rating?", 60, "W")
q(M, "A car of mass 1000 kg has a momentum of 25,000 kg m/s. What is its speed in km/h?", 90, "km/h")
q(M, "A 0.06 kg ball travelling at 30 m/s is caught by a fielder. What impulse does the fielder apply?", 1.8, "N*s")
q(
    M,
    "A 2 kg trolley moving at 3 m/s collides with a 4 kg trolley moving at 1.5 m/s in the same direction. They join together. What is their velocity afterwards?",
    (6 + 6) / 6,
    "m/s",
)
q(
    M,
    "A 10 g bullet moving at 300 m/s hits and becomes embedded in a 1.49 kg block resting on a frictionless surface. What is the speed of the block and bullet?",
    3 / 1.5,
    "m/s",
)
q(
    M,
    "A 50 kg girl standing on a skateboard at rest throws a 2 kg bag forwards at 5 m/s. What is her recoil velocity? Ignore the skateboard's mass.",
    0.2,
    "m/s",
)
q(
    M,
    "A 0.1 kg ball hits a wall at 20 m/s and rebounds at 15 m/s. The contact time is 0.05 s. What is the average force on the ball?",
    0.1 * 35 / 0.05,
    "N",
)
q(
    M,
    "A 4 kg ball travelling at 6 m/s strikes a stationary 2 kg ball in an elastic head-on collision. What is the velocity of the 4 kg ball after the collision?",
    (4 - 2) / 6 * 6,
    "m/s",
)
q(
    M,
    "A 1500 kg car moving at 20 m/s is hit from behind by a 2500 kg truck moving at 28 m/s. They lock together. What is their common speed?",
    (30000 + 70000) / 4000,
    "m/s",
)
q(M, "How much impulse is needed to change the velocity of a 8 kg object from 5 m/s to 12 m/s?", 56, "N*s")
q(
    A,
    "A centrifuge accelerates from rest to 6000 rpm in 30 s. Through how many revolutions does it turn?",
    3000 / 60 * 30,
    "rev",
)
q(
    A,
    "A record player turntable spins at 45 rpm. What is the linear speed of a point 15 cm from the centre?",
    45 * 2 * pi / 60 * 0.15,
    "m/s",
)
q(
    A,
    "A bicycle wheel has a radius of 33 cm. If the bike moves at 5 m/s, how fast does the wheel rotate in rad/s?",
    5 / 0.33,
    "rad/s",
)
q(
    A,
    "A hoop of mass 1.2 kg and radius 0.4 m rotates at 5 rad/s. What is its angular momentum?",
    1.2 * 0.16 * 5,
    "kg*m^2/s",
)
q(
    A,
    "What torque is needed to give a wheel of moment of inertia 1.5 kg m^2 an angular acceleration of 4 rad/s^2?",
    6,
    "N*m",
)
q(
    A,
    "A solid sphere of mass 4 kg and radius 0.15 m spins at 20 rad/s. What is its rotational kinetic energy?",
    0.5 * 0.4 * 4 * 0.0225 * 400,
    "J",
)
q(
    A,
    "A 1.5 kg stone is whirled on a 0.8 m string in a horizontal circle with an angular velocity of 5 rad/s. Find the tension in the string.",
    1.5 * 25 * 0.8,
    "N",
)
q(
    A,
    "A ball rolls without slipping from rest down a ramp 1 m high. If it is a solid sphere, what is its speed at the bottom?",
    math.sqrt(10 / 7 * g * 1),
    "m/s",
)
q(
    A,
    "A wheel slows from 20 rad/s to 5 rad/s while turning through 25 rad. What is its angular deceleration?",
    (400 - 25) / 50,
    "rad/s^2",
)
q(
    A,
    "A spanner 25 cm long is used to tighten a nut with a force of 60 N applied at right angles at its end. What torque is applied?",
    15,
    "N*m",
)
q(X, "Find the larger root of 2x^2 - 7x + 3 = 0.", 3, "")
q(X, "What is 2 radians in degrees?", math.degrees(2), "degree")
q(X, "Express 0.25 km in metres.", 250, "m")
q(X, "What is sin(3π/4)?", math.sin(3 * pi / 4), "")
q(
    X,
    "A right-angled triangle has sides 8 and 15 either side of the right angle. What is the length of the hypotenuse?",
    17,
    "",
)
q(X, "What is the value of cos 0.3 radians?", math.cos(0.3), "")
q(X, "Convert 12 kN to newtons.", 12000, "N")
q(X, "Convert 90 minutes to seconds.", 5400, "s")

# --- round 4
# distractors, units
q(
    K,
    "A 70 kg runner starts from rest and accelerates at 1.8 m/s^2 for 5 s on a 400 m track. What speed does she reach?",
    9,
    "m/s",
)
q(K, "A red 1.2 tonne car drives at 50 mph for 30 minutes. How far does it go in km?", 50 * 1.609344 / 2, "km")
q(
    K,
    "A 200 g ball is dropped from a 3rd floor window 9 m above the pavement. How long does it take to fall?",
    math.sqrt(18 / g),
    "s",
)
q(K, "A train 120 m long accelerates uniformly from 10 m/s to 25 m/s in 30 s. What is its acceleration?", 0.5, "m/s^2")
q(K, "A snail crawls at 1.5 mm/s. How far does it crawl in 10 minutes, in cm?", 90, "cm")
q(
    K,
    "A ball is thrown straight up at 14 m/s from the edge of a 25 m tall building. What is its maximum height above the point of release?",
    14**2 / (2 * g),
    "m",
)
q(K, "A car travelling at 72 km/h takes 2.5 s to stop. How far does it travel while stopping?", 25, "m")
q(K, "A rocket accelerates from rest at 25 m/s^2. What is its speed in km/h after 8 s?", 200 * 3.6, "km/h")
q(K, "A puck slides across ice at a constant 12 m/s for 0.5 minutes. How far does it travel?", 360, "m")
q(K, "A diver steps off a 10 m platform. How long is she in the air before reaching the water?", math.sqrt(20 / g), "s")
q(
    F,
    "A 2 kg ball is attached to a 50 cm string. A net force of 14 N acts on the ball. What is its acceleration?",
    7,
    "m/s^2",
)
q(
    F,
    "A crate of 60 kg is on a 20 m long ramp inclined at 15 degrees. What is the normal force on the crate?",
    60 * g * math.cos(d(15)),
    "N",
)
q(F, "A spring of length 25 cm has a spring constant of 120 N/m. How much force stretches it by 3 cm?", 3.6, "N")
q(
    F,
    "A 750 g mass hangs from a spring with a spring constant of 50 N/m. What is the extension in cm?",
    0.75 * g / 50 * 100,
    "cm",
)
q(
    F,
    "A horizontal force of 3 kN pushes a 1500 kg car along a level road. Friction is negligible. Find its acceleration.",
    2,
    "m/s^2",
)
q(
    F,
    "An 80 kg crate needs a push of 300 N to start moving. What is the coefficient of static friction?",
    300 / (80 * g),
    "",
)
q(F, "A 5 kg cat sits on a table 1 m high. What is the weight of the cat?", 5 * g, "N")
q(
    F,
    "A 40 N force pulls a sledge at 35 degrees above the horizontal. What is the horizontal component of the pull?",
    40 * math.cos(d(35)),
    "N",
)
q(
    F,
    "A block of 10 kg on a frictionless table is pulled by a string over a pulley by a hanging mass of 5 kg. What is the acceleration of the block?",
    5 * g / 15,
    "m/s^2",
)
q(E, "A 500 g ball is moving at 36 km/h. What is its kinetic energy?", 0.5 * 0.5 * 100, "J")
q(
    E,
    "A 4 kg box is lifted from the floor onto a shelf 150 cm high. How much potential energy does it gain?",
    4 * g * 1.5,
    "J",
)
q(E, "A 2 tonne lorry brakes from 20 m/s to rest in 50 m. How much kinetic energy does it lose?", 0.5 * 2000 * 400, "J")
q(
    E,
    "A crane lifts a 1.5 tonne beam through 40 m at a steady speed in 1 minute. What power does it develop in kW?",
    1500 * g * 40 / 60 / 1000,
    "kW",
)
q(E, "A 60 W lamp is left on for 5 hours. How much energy does it use in kJ?", 60 * 5 * 3600 / 1000, "kJ")
q(
    E,
    "A 70 kg skier starts from rest at the top of a 45 m high slope that is 200 m long. Ignoring friction, what is her speed at the bottom?",
    math.sqrt(2 * g * 45),
    "m/s",
)
q(
    E,
    "A ball of mass 150 g is thrown vertically upwards at 20 m/s. What maximum height does it reach?",
    400 / (2 * g),
    "m",
)
q(E, "A force of 2 kN moves a car 150 m in the direction of the force. How much work is done in kJ?", 300, "kJ")
q(E, "A motor lifts a 20 kg load 6 m in 8 s. What is the motor's power output?", 20 * g * 6 / 8, "W")
q(M, "A 150 g ball is moving at 72 km/h. What is its momentum?", 0.15 * 20, "kg*m/s")
q(
    M,
    "A 2 kg ball rolling at 3 m/s on a 1 m high table collides with a 1 kg ball at rest; they stick. What is their velocity after the collision?",
    2,
    "m/s",
)
q(
    M,
    "A 900 kg car traveling at 54 km/h hits a wall and comes to rest in 0.15 s. What is the average force on the car?",
    900 * 15 / 0.15,
    "N",
)
q(M, "A 30 g bullet leaves a 3 kg rifle at 450 m/s. Calculate the recoil velocity of the rifle.", 0.03 * 450 / 3, "m/s")
q(
    M,
    "A 0.5 kg ball is dropped and hits the ground at 8 m/s, bouncing up at 6 m/s. Find the impulse exerted by the ground on the ball.",
    7,
    "N*s",
)
q(
    M,
    "A 1.2 kg cart at 4 m/s collides with a 0.8 kg cart at rest. The collision is perfectly elastic. What is the velocity of the 0.8 kg cart afterwards?",
    2 * 1.2 * 4 / 2,
    "m/s",
)
q(
    M,
    "A 60 kg skater moving at 5 m/s grabs a 40 kg skater standing still, and they move together. What is their common speed?",
    3,
    "m/s",
)
q(
    A,
    "A 3 kg wheel of radius 40 cm spins up from rest to 120 rpm in 4 s. What is its angular acceleration?",
    4 * pi / 4,
    "rad/s^2",
)
q(
    A,
    "A 20 cm radius disc rotates at 2 revolutions per second. What is the speed of a point on its edge?",
    2 * 2 * pi * 0.2,
    "m/s",
)
q(
    A,
    "A solid disk of mass 800 g and radius 12 cm rotates about its central axis. What is its moment of inertia?",
    0.5 * 0.8 * 0.0144,
    "kg*m^2",
)
q(
    A,
    "A 2 m long uniform rod of mass 1.5 kg rotates about its centre at 3 rad/s. What is its angular momentum?",
    1.5 * 4 / 12 * 3,
    "kg*m^2/s",
)
q(A, "A 400 g mass moves in a circle of radius 60 cm at 3 m/s. What centripetal force acts on it?", 0.4 * 9 / 0.6, "N")
q(
    A,
    "A force of 30 N is applied to a door 90 cm from its hinges at right angles to the door. What is the torque?",
    27,
    "N*m",
)
q(
    A,
    "A wheel rotating at 240 rpm slows uniformly to rest in 10 s. What is its angular deceleration?",
    8 * pi / 10,
    "rad/s^2",
)
q(
    A,
    "A fan rotates at a constant 900 rpm. Through what angle in radians does it turn in 2 s?",
    900 * 2 * pi / 60 * 2,
    "rad",
)
q(X, "Convert 54 km/h to m/s.", 15, "m/s")
q(X, "Convert 250 g to kg.", 0.25, "kg")
q(X, "How many metres are there in 2.4 km?", 2400, "m")
q(X, "Convert 30 degrees to radians.", pi / 6, "rad")
q(X, "Solve x^2 - 3x - 10 = 0 for the positive root.", 5, "")
q(X, "What is cos 60° + sin 30°?", 1, "")


if __name__ == "__main__":
    print(Counter(p["topic"] for p in P), len(P))
    with open(sys.argv[1], "w") as out:
        json.dump(P, out, indent=1, ensure_ascii=False)
        out.write("\n")
